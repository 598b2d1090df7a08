// Inlines the relative `@import` lines of a stylesheet (recursively, each file once) into one
// file, so hosts import a single `@wholepicture/react/styles.css` with no CSS tooling.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';

const [entry, outFile] = process.argv.slice(2);
if (!entry || !outFile) {
  console.error('usage: bundle-css.mjs <entry.css> <out.css>');
  process.exit(2);
}
const seen = new Set();
function inline(file) {
  if (seen.has(file)) return '';
  seen.add(file);
  const css = readFileSync(file, 'utf8');
  return css.replace(/^@import\s+['"](\.{1,2}\/[^'"]+)['"]\s*;\s*$/gm, (_, path) => {
    const target = resolve(dirname(file), path);
    return `/* ${relative(dirname(entry), target)} */\n${inline(target)}`;
  });
}
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, inline(resolve(entry)));

// Finds (and, as root with apt, installs) the system packages the tests need: Debian's
// Chromium for browser tests and poppler-utils for reading PDFs. We never download a browser
// of a tool's own: that fails on these machines.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
let updated = false;

function aptInstall(pkg) {
  if (!isRoot || !hasApt) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    updated = true;
  }
  return spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env }).status === 0;
}

/** Makes sure Chromium is at CHROMIUM_PATH or /usr/bin/chromium. */
export function ensureChromium() {
  if (existsSync(chromiumPath) || aptInstall('chromium')) {
    if (existsSync(chromiumPath)) return { ok: true };
  }
  return {
    ok: false,
    message:
      `Chromium was not found at ${chromiumPath}. Browser tests need Debian's Chromium:\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to a Chromium binary. (Do not run `npx playwright install`.)',
  };
}

/** Makes sure pdftotext, pdfinfo, pdffonts and pdftoppm are on the PATH. */
export function ensurePoppler() {
  const has = () => spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  if (has() || (aptInstall('poppler-utils') && has())) return { ok: true };
  return {
    ok: false,
    message:
      'pdftotext was not found. PDF tests need poppler-utils:\n' +
      '  sudo apt-get update && sudo apt-get install -y poppler-utils',
  };
}

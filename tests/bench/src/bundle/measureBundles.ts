import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { rmSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describeThreeFieldForm } from '../forms/describeForm.js';
import { toJsonFormsUiSchema, toJsonSchema, toRjsfUiSchema } from '../forms/toJsonSchema.js';
import { toOurs } from '../forms/toOurs.js';
import { toSurveyJs } from '../forms/toSurveyJs.js';
import { benchDir, outDir } from '../paths.js';

/** The size of one bundle: what a page loads at once, and everything including lazy chunks. */
export interface BundleFigures {
  id: string;
  label: string;
  /** Minified JS loaded at start (the entry and the chunks it imports statically), bytes. */
  minified: number;
  gzip: number;
  brotli: number;
  /** Every JS chunk, lazy ones too (e.g. Welsh), gzip bytes. */
  totalGzip: number;
  /** Inputs in the initial JS that must not be there (for the default form: PDF code, Welsh). */
  forbidden: string[];
  /** The inputs that import the forbidden ones. */
  forbiddenVia: string[];
  /** The biggest inputs of the initial JS, for finding what to trim. */
  biggest: { path: string; bytes: number }[];
}

interface BundleSpec {
  id: string;
  label: string;
  /** An entry file under src/bundle/entries, or the contents of one. */
  entry: { file: string } | { contents: string };
  form?: unknown;
  /** Input paths that must not be in the initial JS. */
  forbid?: RegExp[];
}

const three = describeThreeFieldForm();

/** What is measured, in report order. */
export function bundleSpecs(): BundleSpec[] {
  const schema = toJsonSchema(three);
  return [
    {
      id: 'ours-default-form',
      label: 'Whole Picture: complete default form, English (a)',
      entry: { file: 'ours-default-form.tsx' },
      forbid: [/@react-pdf/, /locales\/cy/],
    },
    {
      id: 'ours-three-fields',
      label: 'Whole Picture: three-field form',
      entry: { file: 'ours-three-fields.tsx' },
      form: toOurs(three),
    },
    {
      id: 'surveyjs-three-fields',
      label: 'SurveyJS: three-field form',
      entry: { file: 'surveyjs-three-fields.tsx' },
      form: toSurveyJs(three),
    },
    {
      id: 'rjsf-three-fields',
      label: 'react-jsonschema-form + ajv8: three-field form',
      entry: { file: 'rjsf-three-fields.tsx' },
      form: { schema, uiSchema: toRjsfUiSchema(three) },
    },
    {
      id: 'jsonforms-three-fields',
      label: 'JSON Forms + vanilla: three-field form',
      entry: { file: 'jsonforms-three-fields.tsx' },
      form: { schema, uischema: toJsonFormsUiSchema(three) },
    },
    ...(['core', 'symbols', 'react', 'pdf'] as const).map((name) => ({
      id: `package-${name}`,
      label: `@wholepicture/${name}: the whole entry (b)`,
      entry: { contents: `export * from '@wholepicture/${name}';\n` },
    })),
  ];
}

function gzip(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function brotli(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** The output chunks a page loads at start: the entry and what it imports statically. */
function initialChunks(metafile: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  return [...seen];
}

/** A metafile path made readable: repo-relative, or a package path without the pnpm store. */
function tidy(path: string): string {
  return path.replace(/^(\.\.\/)+/, '').replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
}

async function measure(spec: BundleSpec): Promise<BundleFigures> {
  const outdir = `${outDir}/bundles/${spec.id}`;
  rmSync(outdir, { recursive: true, force: true });
  const entries = `${benchDir}/src/bundle/entries`;
  const result = await build({
    ...('file' in spec.entry
      ? { entryPoints: { main: `${entries}/${spec.entry.file}` } }
      : {
          stdin: { contents: spec.entry.contents, resolveDir: entries, sourcefile: 'main.ts', loader: 'ts' },
        }),
    outdir,
    entryNames: 'main',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    conditions: ['source'],
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    define: {
      'process.env.NODE_ENV': '"production"',
      ...(spec.form === undefined ? {} : { __FORM__: JSON.stringify(spec.form) }),
    },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const metafile = result.metafile;
  const entry = Object.keys(metafile.outputs).find(
    (path) => metafile.outputs[path]?.entryPoint !== undefined || /\/main\.js$/.test(path),
  );
  if (!entry) throw new Error(`${spec.id}: esbuild made no entry chunk.`);
  const absolute = (path: string) => `${process.cwd()}/${path}`;
  const contents = (path: string) => files.get(absolute(path)) ?? files.get(path) ?? new Uint8Array();
  const initial = initialChunks(metafile, entry).filter((path) => path.endsWith('.js'));
  const allJs = Object.keys(metafile.outputs).filter((path) => path.endsWith('.js'));
  const inputs = new Map<string, number>();
  for (const path of initial) {
    for (const [input, info] of Object.entries(metafile.outputs[path]?.inputs ?? {})) {
      inputs.set(input, (inputs.get(input) ?? 0) + info.bytesInOutput);
    }
  }
  const forbidden = [...inputs.keys()].filter((input) => spec.forbid?.some((pattern) => pattern.test(input)));
  const forbiddenVia = Object.entries(metafile.inputs)
    .filter(
      ([path, info]) =>
        inputs.has(path) && !forbidden.includes(path) && info.imports.some((i) => forbidden.includes(i.path)),
    )
    .map(([path]) => tidy(path));
  return {
    id: spec.id,
    label: spec.label,
    minified: initial.reduce((sum, path) => sum + contents(path).length, 0),
    gzip: initial.reduce((sum, path) => sum + gzip(contents(path)), 0),
    brotli: initial.reduce((sum, path) => sum + brotli(contents(path)), 0),
    totalGzip: allJs.reduce((sum, path) => sum + gzip(contents(path)), 0),
    forbidden: forbidden.map(tidy),
    forbiddenVia,
    biggest: [...inputs.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([path, bytes]) => ({ path: tidy(path), bytes })),
  };
}

/** Builds every bundle of the comparison with esbuild and measures it. */
export async function measureBundles(log: (line: string) => void): Promise<BundleFigures[]> {
  const figures: BundleFigures[] = [];
  for (const spec of bundleSpecs()) {
    try {
      const result = await measure(spec);
      figures.push(result);
      log(
        `  ${spec.id}: ${(result.gzip / 1024).toFixed(1)} KB gzip (${(result.totalGzip / 1024).toFixed(1)} KB with lazy chunks)`,
      );
    } catch (error) {
      log(`  ${spec.id}: FAILED to build: ${(error as Error).message.split('\n')[0]}`);
      figures.push({
        id: spec.id,
        label: spec.label,
        minified: NaN,
        gzip: NaN,
        brotli: NaN,
        totalGzip: NaN,
        forbidden: [],
        forbiddenVia: [],
        biggest: [],
      });
    }
  }
  return figures;
}

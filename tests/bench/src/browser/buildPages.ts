import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { relative, resolve } from 'node:path';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { controlCount, describeLargeForm } from '../forms/describeForm.js';
import type { BenchForm } from '../forms/describeForm.js';
import { emptyJsonData, toJsonFormsUiSchema, toJsonSchema, toRjsfUiSchema } from '../forms/toJsonSchema.js';
import { toOurs } from '../forms/toOurs.js';
import { toSurveyJs } from '../forms/toSurveyJs.js';
import { benchDir, outDir } from '../paths.js';
import type { PageForm } from './pageForm.js';

/** The libraries compared in the browser, in report order. */
export const libraries = ['ours', 'surveyjs', 'rjsf', 'jsonforms'] as const;

/** One of the libraries compared. */
export type Library = (typeof libraries)[number];

/** Names for the report. */
export const libraryNames: Record<Library, string> = {
  ours: 'Whole Picture',
  surveyjs: 'SurveyJS',
  rjsf: 'react-jsonschema-form',
  jsonforms: 'JSON Forms',
};

function formats(form: BenchForm): Record<Library, unknown> {
  const schema = toJsonSchema(form);
  return {
    ours: toOurs(form),
    surveyjs: toSurveyJs(form),
    rjsf: { schema, uiSchema: toRjsfUiSchema(form), data: emptyJsonData(form) },
    jsonforms: { schema, uischema: toJsonFormsUiSchema(form), data: emptyJsonData(form) },
  };
}

/**
 * `<link rel="modulepreload">` for the chunks main.js imports statically, as Vite writes into
 * every production page: without them the browser finds the chunks only after parsing main.js,
 * one round trip later. Only pages with code split off (ours: Welsh and the pictures load on
 * demand) have such chunks.
 */
function modulePreloads(metafile: Metafile, dir: string): string {
  const main = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint !== undefined);
  if (!main) return '';
  return main[1].imports
    .filter((chunk) => chunk.kind === 'import-statement')
    .map((chunk) => `<link rel="modulepreload" href="${relative(dir, resolve(benchDir, chunk.path))}">`)
    .join('');
}

/** Where the built pages are served from. */
export const pagesDir = `${outDir}/pages`;

/**
 * Builds one production page per library for the generated 300-question form (minified,
 * React in production mode, names kept so the render counter can find field components).
 */
export async function buildPages(): Promise<BenchForm> {
  const form = describeLargeForm();
  const lastLabel = form.sections.at(-1)?.questions.at(-1)?.label ?? '';
  const byLibrary = formats(form);
  rmSync(pagesDir, { recursive: true, force: true });
  for (const library of libraries) {
    const dir = `${pagesDir}/${library}`;
    mkdirSync(dir, { recursive: true });
    const pageForm: PageForm<unknown> = {
      format: byLibrary[library],
      expectedControls: controlCount(form),
      lastLabel,
    };
    const result = await build({
      entryPoints: { main: `${benchDir}/src/browser/pages/${library}.tsx` },
      outdir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      // BENCH_MINIFY=0 keeps the code readable for a profiler; figures are always minified.
      minify: process.env.BENCH_MINIFY !== '0',
      keepNames: true,
      conditions: ['source'],
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', __FORM__: JSON.stringify(pageForm) },
      logLevel: 'error',
      metafile: true,
      // Output paths in the metafile are relative to this.
      absWorkingDir: benchDir,
    });
    writeFileSync(
      `${dir}/index.html`,
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${library} bench</title>` +
        `<link rel="stylesheet" href="main.css">${modulePreloads(result.metafile, dir)}</head>` +
        `<body><div id="root"></div>` +
        `<script type="module" src="main.js"></script></body></html>\n`,
    );
  }
  return form;
}

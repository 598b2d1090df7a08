import { build } from 'esbuild';
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
    await build({
      entryPoints: { main: `${benchDir}/src/browser/pages/${library}.tsx` },
      outdir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      keepNames: true,
      conditions: ['source'],
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', __FORM__: JSON.stringify(pageForm) },
      logLevel: 'error',
    });
    writeFileSync(
      `${dir}/index.html`,
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${library} bench</title>` +
        `<link rel="stylesheet" href="main.css"></head><body><div id="root"></div>` +
        `<script type="module" src="main.js"></script></body></html>\n`,
    );
  }
  return form;
}

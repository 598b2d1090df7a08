import { describe, expect, it } from 'vitest';
import { fontCoverage, fontCoverageByFamily } from './fontCoverage.js';
import { FONT_FILES } from './fonts.js';

interface CoverageScript {
  computeCoverage: (pairs: [string, string][]) => [number, number][];
  fontFilePairs: (files: readonly { pkg: string; file: string }[]) => [string, string][];
  computeFamilyCoverage: (
    files: readonly { family: string; pkg: string; file: string }[],
  ) => Record<string, [number, number][]>;
}

describe('fontCoverage', () => {
  it('matches the glyphs of the bundled fonts (re-run scripts/font-coverage.mjs when fonts change)', async () => {
    const scriptPath: string = '../scripts/font-coverage.mjs';
    const script = (await import(/* @vite-ignore */ scriptPath)) as CoverageScript;
    const fresh = script.computeCoverage(script.fontFilePairs(FONT_FILES));
    expect(fontCoverage).toEqual(fresh);
    expect(fontCoverageByFamily).toEqual(script.computeFamilyCoverage(FONT_FILES));
  });
});

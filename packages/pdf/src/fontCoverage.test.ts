import { describe, expect, it } from 'vitest';
import { fontCoverage, fontCoverageByFamily } from './fontCoverage.js';
import { FONT_FILES } from './fonts.js';
import { asciiWidths, blockWidths, WIDTH_BLOCK, WIDTH_UNITS } from './fontWidths.js';

interface CoverageScript {
  computeCoverage: (pairs: [string, string][]) => [number, number][];
  fontFilePairs: (files: readonly { pkg: string; file: string }[]) => [string, string][];
  computeFamilyCoverage: (
    files: readonly { family: string; pkg: string; file: string }[],
  ) => Record<string, [number, number][]>;
  computeWidths: (files: readonly { pkg: string; file: string }[]) => {
    ascii: number[];
    blocks: [number, number][];
  };
  WIDTH_UNITS: number;
  WIDTH_BLOCK: number;
}

describe('fontCoverage and fontWidths', () => {
  it('matches the glyphs of the bundled fonts (re-run scripts/font-coverage.mjs when fonts change)', async () => {
    const scriptPath: string = '../scripts/font-coverage.mjs';
    const script = (await import(/* @vite-ignore */ scriptPath)) as CoverageScript;
    const fresh = script.computeCoverage(script.fontFilePairs(FONT_FILES));
    expect(fontCoverage).toEqual(fresh);
    expect(fontCoverageByFamily).toEqual(script.computeFamilyCoverage(FONT_FILES));
    const widths = script.computeWidths(FONT_FILES);
    expect({ asciiWidths, blockWidths, WIDTH_UNITS, WIDTH_BLOCK }).toEqual({
      asciiWidths: widths.ascii,
      blockWidths: widths.blocks,
      WIDTH_UNITS: script.WIDTH_UNITS,
      WIDTH_BLOCK: script.WIDTH_BLOCK,
    });
  });

  it('knows a width for every character the fonts draw, so no drawn text is measured as too narrow', () => {
    const blocks = new Set(blockWidths.map(([first]) => first));
    for (const [first, last] of fontCoverage) {
      for (let codePoint = Math.max(first, 0x7f); codePoint <= last; codePoint += 1) {
        expect(blocks.has(codePoint - (codePoint % WIDTH_BLOCK)), codePoint.toString(16)).toBe(true);
      }
    }
    expect(asciiWidths).toHaveLength(95);
    expect(Math.min(...asciiWidths.slice(1))).toBeGreaterThan(0);
  });
});

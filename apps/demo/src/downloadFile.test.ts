import { describe, expect, it } from 'vitest';
import { fileNameFor } from './downloadFile.js';

describe('fileNameFor', () => {
  it("makes a plain file name from a person's name", () => {
    expect(fileNameFor('Siân Owen-Jones', 'plan', 'pdf')).toBe('sian-owen-jones.pdf');
  });

  it('never lets hostile text into the file name', () => {
    expect(fileNameFor('../../etc/passwd\u202e<script>', 'plan', 'json')).toBe('etc-passwd-script.json');
    expect(fileNameFor('', 'plan', 'json')).toBe('plan.json');
    expect(fileNameFor('😀', 'plan', 'json')).toBe('plan.json');
  });
});

/** Inflates one zlib-compressed WOFF table (e.g. Node's `zlib.inflateSync`). */
export type InflateFn = (compressed: Uint8Array) => Uint8Array;

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/**
 * Unpacks a WOFF 1.0 font into the plain TrueType/OpenType file it wraps, table for table.
 * fontkit reads WOFF tables through a slow pure-JS inflate and redoes it on every glyph the
 * PDF subsetter copies, so fonts are handed to react-pdf already unpacked.
 */
export function woffToSfnt(woff: Uint8Array, inflate: InflateFn): Uint8Array {
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER || input.getUint32(0) !== 0x774f4646) {
    throw new Error('woffToSfnt: not a WOFF 1.0 font.');
  }
  const flavor = input.getUint32(4);
  const numTables = input.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = WOFF_HEADER + i * WOFF_ENTRY;
    const tag = input.getUint32(entry);
    const offset = input.getUint32(entry + 4);
    const compLength = input.getUint32(entry + 8);
    const origLength = input.getUint32(entry + 12);
    const checksum = input.getUint32(entry + 16);
    if (offset + compLength > woff.byteLength)
      throw new Error('woffToSfnt: a table runs past the end of the file.');
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflate(stored) : stored;
    if (data.byteLength !== origLength)
      throw new Error('woffToSfnt: a table did not unpack to its stated length.');
    tables.push({ tag, checksum, data });
  }
  let size = SFNT_HEADER + numTables * SFNT_ENTRY;
  for (const table of tables) size += (table.data.byteLength + 3) & ~3;
  const sfnt = new Uint8Array(size);
  const output = new DataView(sfnt.buffer);
  const entrySelector = numTables === 0 ? 0 : Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  output.setUint32(0, flavor);
  output.setUint16(4, numTables);
  output.setUint16(6, searchRange);
  output.setUint16(8, entrySelector);
  output.setUint16(10, numTables * 16 - searchRange);
  // The WOFF directory is sorted by tag, as an sfnt directory must be; data follows in the same order.
  let dataOffset = SFNT_HEADER + numTables * SFNT_ENTRY;
  for (const [i, table] of tables.entries()) {
    const record = SFNT_HEADER + i * SFNT_ENTRY;
    output.setUint32(record, table.tag);
    output.setUint32(record + 4, table.checksum);
    output.setUint32(record + 8, dataOffset);
    output.setUint32(record + 12, table.data.byteLength);
    sfnt.set(table.data, dataOffset);
    dataOffset += (table.data.byteLength + 3) & ~3;
  }
  return sfnt;
}

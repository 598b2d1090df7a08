const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
const idLength = 16;

interface RandomSource {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T;
}

function randomSource(): RandomSource | undefined {
  const crypto = (globalThis as { crypto?: Partial<RandomSource> }).crypto;
  return typeof crypto?.getRandomValues === 'function' ? (crypto as RandomSource) : undefined;
}

/**
 * A new random id for an item in a plan, e.g. `need-k3x9q0c2m7a1z8w4`: 16 base-36 characters
 * (about 82 bits), from `crypto.getRandomValues` where there is one and `Math.random` where not.
 * Ids are never derived from what people type, so they carry no personal data.
 */
export function createId(prefix?: string): string {
  const bytes = new Uint8Array(idLength);
  const source = randomSource();
  if (source) source.getRandomValues(bytes);
  else for (let i = 0; i < idLength; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  let id = '';
  // 256 is not a multiple of 36: rejecting bytes of 252 and above keeps every character equally likely.
  for (let i = 0; id.length < idLength; i += 1) {
    if (i === bytes.length) {
      i = 0;
      if (source) source.getRandomValues(bytes);
      else for (let j = 0; j < idLength; j += 1) bytes[j] = Math.floor(Math.random() * 256);
    }
    const byte = bytes[i] ?? 0;
    if (byte < 252) id += alphabet[byte % 36];
  }
  return prefix ? `${prefix}-${id}` : id;
}

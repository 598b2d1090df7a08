/**
 * Saves data as a file in the browser's downloads, from memory: a `blob:` URL on a temporary
 * link, revoked afterwards. Nothing is sent anywhere.
 */
export function downloadFile(data: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A safe file name from a person's name: letters and digits only, never empty. */
export function fileNameFor(name: string, fallback: string, extension: string): string {
  const safe = name
    .normalize('NFKD')
    // Drop the accents NFKD split off, so "Siân" becomes "sian", not "sia-n".
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .toLowerCase();
  return `${safe || fallback}.${extension}`;
}

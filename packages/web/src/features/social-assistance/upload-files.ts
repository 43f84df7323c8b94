import type { ErrorDetail } from '@mz/shared';

// Uploads go to the server as base64 JSON ({ fileName, contentBase64 }); a rejected import answers
// 422 IMPORT_REJECTED with one detail per bad cell (row and column), shown as a table.

/** Bytes → base64 in chunks (a 60 MB caseload must not blow the call stack of String.fromCharCode). */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
};

export type ImportErrorRow = { key: number; row: number | null; column: string; message: string };

/** The details of a rejected import, by row then column; the message without its「第N行“列”：」prefix. */
export const importErrorRows = (details: readonly ErrorDetail[]): ImportErrorRow[] =>
  details
    .map((d, index) => ({
      key: index,
      row: d.row ?? null,
      column: d.column ?? '',
      message: d.message.replace(/^第\d+行(“[^”]*”)?[：:]\s*/, ''),
    }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.key - b.key);

const XLSX_NAME = /\.xlsx$/i;
export const isXlsxName = (name: string): boolean => XLSX_NAME.test(name);

/** '12.5 KB' style sizes for document lists. */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
};

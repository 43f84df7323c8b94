// A table exported for Excel: CSV with a UTF-8 byte-order mark (Excel then reads the Chinese text),
// CRLF line ends, and every cell quoted when needed. Long digit strings (IDs, account numbers) are
// written as ="…" so Excel keeps them as text instead of turning them into 1.23E+17.

export type CsvColumn<T> = { title: string; value: (row: T) => string | number | null };

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const cell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /^\d{12,}$/.test(text) ? `"=""${text}"""` : quote(text);
};

export const toCsv = <T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string =>
  `\ufeff${[columns.map((c) => quote(c.title)).join(','), ...rows.map((r) => columns.map((c) => cell(c.value(r))).join(','))].join('\r\n')}\r\n`;

/** Save the CSV through a temporary link. */
export const downloadCsv = <T>(fileName: string, columns: readonly CsvColumn<T>[], rows: readonly T[]) => {
  const url = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * One CSV cell, safe to open in a spreadsheet: always quoted, quotes doubled, and a cell that a spreadsheet
 * would read as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe (OWASP
 * "CSV injection"). Audit metadata and names are typed by users, so every cell goes through here.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Semicolon-separated (what Dutch spreadsheet settings expect), CRLF lines, with a BOM so Excel reads UTF-8. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

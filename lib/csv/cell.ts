/**
 * One CSV cell: RFC 4180 quoting, and a leading =, +, -, @, tab or CR gets a ' prefix so a spreadsheet
 * never runs the text as a formula (CSV injection). Shared by every CSV export.
 */
export function cell(value: string | null | undefined): string {
  let text = value ?? "";
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header and rows as CSV text, CRLF line ends (RFC 4180), ending in a line break. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | null | undefined)[])[]): string {
  return [header.map(cell).join(","), ...rows.map((row) => row.map(cell).join(","))].join("\r\n") + "\r\n";
}

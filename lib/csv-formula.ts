// Spreadsheet formula injection (OWASP "CSV injection", ASVS 5.0 1.2.10): spreadsheet programs run a cell that starts
// with =, +, -, @, a tab, a carriage return or NUL as a formula (=HYPERLINK(…) becomes a live link). The CSV export
// prefixes such text cells with a single quote, which spreadsheets show as text; the CSV import takes it off again,
// so an export reads back unchanged. Numeric cells (budgets, years) are never passed through here.
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);

// Starts with a trigger, after any single quotes: text that already starts with quotes before a trigger gets one
// more, so the import can always take exactly one off.
function startsLikeFormula(text: string): boolean {
  let i = 0;
  while (text.charAt(i) === "'") i += 1;
  return TRIGGERS.has(text.charAt(i));
}

/** A text cell for a CSV export: prefixed with a single quote when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** The text of a cell that `neutraliseFormula` wrote (any other cell as it is). */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && startsLikeFormula(cell) ? cell.slice(1) : cell;
}

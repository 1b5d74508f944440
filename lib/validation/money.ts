/** Budget in USD as typed by staff ("100000", "100 000,50", "1,250,000.00"), stored as a 2-decimal string. */
export function normaliseBudget(raw: string): string | null {
  const s = raw.replace(/[\s\u00a0\u202f_]/g, '');
  let n: string;
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) n = s.replace(/,/g, '');
  else if (/^\d+(,\d{1,2})?$/.test(s)) n = s.replace(',', '.');
  else if (/^\d+(\.\d{1,2})?$/.test(s)) n = s;
  else return null;
  const [int = '', dec = ''] = n.split('.');
  const digits = int.replace(/^0+(?=\d)/, '');
  if (digits.length > 12) return null;
  return `${digits}.${dec.padEnd(2, '0')}`;
}

/**
 * A `tel:` URI for a phone number as written ("+63 (56) 333-4444" → "tel:+63563334444"), or null if it has no digits.
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (!digits) return null;
  const international = trimmed.startsWith('00');
  const plus = international || trimmed.startsWith('+') ? '+' : '';
  return `tel:${plus}${international ? digits.slice(2) : digits}`;
}

import countries from 'i18n-iso-countries';

/** ISO 3166-1 numeric code of a world-atlas feature ("036", 36) to its alpha-2 code, or null (disputed areas). */
export function numericToIso2(id: string | number | undefined | null): string | null {
  if (id === undefined || id === null || id === '') return null;
  const n = String(id).padStart(3, '0');
  if (!/^\d{3}$/.test(n)) return null;
  return countries.numericToAlpha2(n) ?? null;
}

/** Upper-cases and keeps only well-formed alpha-2 codes, without duplicates. */
export function normaliseIso2List(codes: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const c of codes) {
    const up = c.trim().toUpperCase();
    if (/^[A-Z]{2}$/.test(up)) out.add(up);
  }
  return [...out];
}

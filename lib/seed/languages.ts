// Every ISO 639-1 language with its English name (iso-639-1) and its French name (the runtime's CLDR data).
import ISO6391 from 'iso-639-1';

/** A row of the language table. */
export type LanguageRow = { code: string; nameEn: string; nameFr: string };

/**
 * French names from Intl, capitalised; a code that Intl renames (tl → fil) or that shares its name falls back to
 * English.
 */
export function languageRows(): LanguageRow[] {
  const display = new Intl.DisplayNames(['fr'], { type: 'language', fallback: 'none' });
  const rows = ISO6391.getAllCodes()
    .slice()
    .sort()
    .map((code) => {
      const canonical = Intl.getCanonicalLocales(code)[0] === code;
      const fr = canonical ? display.of(code) : undefined;
      return { code, nameEn: ISO6391.getName(code), nameFr: fr && fr !== code ? capitalise(fr) : undefined };
    });
  const uses = new Map<string, number>();
  for (const r of rows) if (r.nameFr) uses.set(r.nameFr, (uses.get(r.nameFr) ?? 0) + 1);
  return rows.map(({ code, nameEn, nameFr }) => ({
    code,
    nameEn,
    nameFr: nameFr && uses.get(nameFr) === 1 ? nameFr : nameEn,
  }));
}

/** "slavon d’église" → "Slavon d’église". */
function capitalise(name: string): string {
  return name.charAt(0).toLocaleUpperCase('fr') + name.slice(1);
}

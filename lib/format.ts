import { routing, type AppLocale } from '@/lib/i18n/routing';

// "en-001" (international English) writes "US$400,000": a bare "$" is ambiguous for a worldwide audience.
const NUMBER_LOCALE: Record<AppLocale, string> = { en: 'en-001', fr: 'fr-FR', es: 'es' };

// Building an Intl formatter costs far more than formatting with it (a list page formats dozens of amounts), and
// formatters never change: one per language and kind, made on first use.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: AppLocale, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${kind}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(NUMBER_LOCALE[locale], options)));
  return format;
}

/** Formats a decimal string of US dollars for the page's language, with cents only when there are some. */
export function formatUsd(amount: string, locale: AppLocale): string {
  const hasCents = !/\.0*$/.test(amount) && amount.includes('.');
  const digits = hasCents ? 2 : 0;
  return numberFormat(locale, `usd${digits}`, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount as unknown as number);
}

/** A short amount of US dollars for chart labels, to three significant digits ("US$12.3M", "12,3 M $US"). */
export function formatUsdCompact(amount: string, locale: AppLocale): string {
  return numberFormat(locale, 'usd-compact', {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(amount as unknown as number);
}

/** A share (0.613) as a whole percentage in the page's language ("61%", "61 %"); "<1%" rather than a bare 0. */
export function formatShare(share: number, locale: AppLocale): string {
  const percent = numberFormat(locale, 'percent', { style: 'percent', maximumFractionDigits: 0 });
  return share > 0 && share < 0.005 ? `<${percent.format(0.01)}` : percent.format(share);
}

/** A date-and-time format in the page's language (medium date, short time, UTC, so every server agrees). */
export function dateTimeFormat(locale: AppLocale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
}

/** Formats a timestamp as a long date in the page's language (UTC, so every server agrees). */
export function formatDate(date: Date | string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date));
}

/** A translated text: one string (or none) per language of the locale list. */
export type Localised = Record<AppLocale, string | null>;

/** A stored translated text (a jsonb object keyed by language) as a `Localised`; anything else counts as none. */
export function localisedOf(stored: unknown): Localised {
  const object = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const out = {} as Localised;
  for (const l of routing.locales) {
    const v = object[l];
    out[l] = typeof v === 'string' && v.trim() !== '' ? v : null;
  }
  return out;
}

/** A `Localised` as stored: only the languages that have text. */
export function storedLocalised(text: Partial<Localised>): Partial<Record<AppLocale, string>> {
  const out: Partial<Record<AppLocale, string>> = {};
  for (const l of routing.locales) {
    const v = text[l];
    if (typeof v === 'string' && v.trim() !== '') out[l] = v;
  }
  return out;
}

/**
 * Picks the text in the page's language, else the first language of the locale list that has one (with its
 * language, for a `lang` attribute and an "only available in" note).
 */
export function pickLocalised(text: Partial<Localised>, locale: AppLocale): { value: string; lang: AppLocale } | null {
  for (const lang of [locale, ...routing.locales.filter((l) => l !== locale)]) {
    const value = text[lang]?.trim();
    if (value) return { value, lang };
  }
  return null;
}

/** The name of language `lang` in the page's language ("inglés" for en on a Spanish page). */
export function languageName(lang: AppLocale, locale: AppLocale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
}

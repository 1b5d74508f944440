import type { AppLocale } from '@/lib/i18n/routing';

// "en-001" (international English) writes "US$400,000": a bare "$" is ambiguous for a worldwide audience.
const NUMBER_LOCALE: Record<AppLocale, string> = { en: 'en-001', fr: 'fr-FR' };

/** Formats a decimal string of US dollars for the page's language, with cents only when there are some. */
export function formatUsd(amount: string, locale: AppLocale): string {
  const hasCents = !/\.0*$/.test(amount) && amount.includes('.');
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: hasCents ? 2 : 0,
  }).format(amount as unknown as number);
}

/** Formats a timestamp as a long date in the page's language (UTC, so every server agrees). */
export function formatDate(date: Date | string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date));
}

export type Localised = { en: string | null; fr: string | null };

/** Picks the text in the page's language, or the other one (with its language, for a `lang` attribute). */
export function pickLocalised(text: Localised, locale: AppLocale): { value: string; lang: AppLocale } | null {
  const other: AppLocale = locale === 'fr' ? 'en' : 'fr';
  const own = text[locale]?.trim();
  if (own) return { value: own, lang: locale };
  const fallback = text[other]?.trim();
  return fallback ? { value: fallback, lang: other } : null;
}

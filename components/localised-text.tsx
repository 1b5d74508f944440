import { pickLocalised, type Localised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';

/** Text in the page's language, or in the other one marked with its `lang` so screen readers switch voice. */
export function LocalisedText({
  text,
  locale,
  fallback = '',
}: {
  text: Localised;
  locale: AppLocale;
  fallback?: string;
}) {
  const picked = pickLocalised(text, locale);
  if (!picked) return <>{fallback}</>;
  return picked.lang === locale ? <>{picked.value}</> : <span lang={picked.lang}>{picked.value}</span>;
}

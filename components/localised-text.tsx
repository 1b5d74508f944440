import { getTranslations } from 'next-intl/server';
import { languageName, pickLocalised, type Localised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';

/** The visible "only available in …" note of a text shown in language `lang` on a page in `locale`. */
async function fallbackNote(lang: AppLocale, locale: AppLocale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'content' });
  return `(${t('onlyIn', { language: languageName(lang, locale) })})`;
}

/**
 * Text in the page's language; else the text of another language, marked with its `lang` (screen readers switch
 * voice) and, unless `noted` is false (short labels in lists), a visible "only available in …" note.
 */
export async function LocalisedText({
  text,
  locale,
  fallback = '',
  noted = true,
}: {
  text: Partial<Localised>;
  locale: AppLocale;
  fallback?: string;
  noted?: boolean;
}) {
  const picked = pickLocalised(text, locale);
  if (!picked) return <>{fallback}</>;
  if (picked.lang === locale) return <>{picked.value}</>;
  return (
    <>
      <span lang={picked.lang}>{picked.value}</span>
      {noted ? (
        <span className="ml-2 text-sm font-normal text-gray-700" data-fallback-note={picked.lang}>
          {await fallbackNote(picked.lang, locale)}
        </span>
      ) : null}
    </>
  );
}

/**
 * A long text (a summary, a description) as paragraphs, one per line break, picked as LocalisedText picks: another
 * language's text is marked with its `lang` and preceded by the "only available in …" note; `empty` when none has any.
 */
export async function LocalisedParagraphs({
  text,
  locale,
  empty,
  className,
}: {
  text: Partial<Localised>;
  locale: AppLocale;
  empty: string;
  className?: string;
}) {
  const picked = pickLocalised(text, locale);
  if (!picked) return <p className={className}>{empty}</p>;
  const other = picked.lang !== locale;
  return (
    <div className={className}>
      {other ? (
        <p className="mb-2 text-sm text-gray-700" data-fallback-note={picked.lang}>
          {await fallbackNote(picked.lang, locale)}
        </p>
      ) : null}
      <div lang={other ? picked.lang : undefined} className="space-y-3">
        {picked.value.split(/\n+/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
    </div>
  );
}

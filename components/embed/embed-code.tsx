import { getTranslations } from 'next-intl/server';
import { CopyField } from '@/components/copy-field';
import type { AppLocale } from '@/lib/i18n/routing';

/** "Show this on your site": the <iframe> code of an embeddable page, to copy. */
export async function EmbedCode({
  id,
  src,
  title,
  height,
  locale,
}: {
  id: string;
  src: string;
  title: string;
  height: number;
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: 'embed' });
  // The title is the page's own text; quotes and angle brackets are escaped for the attribute.
  const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const code =
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" ` +
    'loading="lazy" style="border:0"></iframe>';
  return (
    <section aria-labelledby={`${id}-heading`} className="no-print mt-8 max-w-2xl">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t('codeHeading')}
      </h2>
      <CopyField
        id={id}
        label={t('codeLabel')}
        hint={t('codeHint')}
        value={code}
        copy={t('copy')}
        copied={t('copied')}
        multiline
      />
    </section>
  );
}

import { getTranslations } from 'next-intl/server';
import { PlainLink } from '@/components/plain-link';
import { LocalisedText } from '@/components/localised-text';
import type { LatestProject } from '@/lib/data/portal';
import { formatDate } from '@/lib/format';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

/** The most recently updated published projects: title (a link), code, region and date of the last update. */
export async function LatestProjects({ items, locale }: { items: LatestProject[]; locale: AppLocale }) {
  const t = await getTranslations('home');
  return (
    <section aria-labelledby="latest-projects">
      <h2 id="latest-projects" className="text-xl font-semibold text-iom-blue-dark">
        {t('latestHeading')}
      </h2>
      {items.length === 0 ? (
        <p className="mt-3 text-slate-700">{t('latestEmpty')}</p>
      ) : (
        <ol className="mt-3 divide-y divide-slate-200 border-y border-slate-200" data-testid="latest-projects">
          {items.map((p) => (
            <li key={p.code} className="py-2" data-code={p.code}>
              <PlainLink
                locale={locale}
                href={{ pathname: '/projects/[code]', params: { code: p.code } }}
                className="flex min-h-11 items-center font-semibold text-iom-blue underline"
              >
                <span>
                  <LocalisedText text={p.title} locale={locale} fallback={p.code} noted={false} />
                </span>
              </PlainLink>
              <p className="flex flex-wrap gap-x-2 text-sm text-slate-700">
                <span className="font-mono">{p.code}</span>
                <span aria-hidden="true">·</span>
                <span>{nameIn(p.region, locale)}</span>
                <span aria-hidden="true">·</span>
                <time dateTime={p.updatedAt}>{t('latestUpdated', { date: formatDate(p.updatedAt, locale) })}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-2">
        <PlainLink
          locale={locale}
          href="/projects"
          className="inline-flex min-h-11 items-center text-iom-blue underline"
        >
          {t('browseProjects')}
        </PlainLink>
      </p>
    </section>
  );
}

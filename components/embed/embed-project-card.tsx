import { getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/localised-text';
import { projectYears } from '@/components/projects/project-table';
import type { ProjectDetail } from '@/lib/data/projects-detail';
import { formatUsd } from '@/lib/format';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

/** One project as a card for an <iframe>: title, code, status, region, years, budget, countries, link to its page. */
export async function EmbedProjectCard({
  project: p,
  locale,
  url,
}: {
  project: ProjectDetail;
  locale: AppLocale;
  url: string;
}) {
  const t = await getTranslations({ locale, namespace: 'embed' });
  const tp = await getTranslations({ locale, namespace: 'projects' });
  const ts = await getTranslations({ locale, namespace: 'status' });
  const tl = await getTranslations({ locale, namespace: 'projectList' });
  const facts: [string, string][] = [
    [tp('colStatus'), ts(p.status)],
    [tp('colRegion'), nameIn(p.region, locale)],
    [tl('colYears'), projectYears(p, tl('noYears'))],
    [tp('colBudget'), p.budgetUsd ? formatUsd(p.budgetUsd, locale) : tp('noBudget')],
    [t('countries'), p.countries.map((c) => nameIn(c, locale)).join(', ') || t('none')],
  ];
  return (
    <article aria-labelledby="embed-title" className="rounded border border-slate-300 p-3 text-sm" data-code={p.code}>
      <p className="font-mono text-slate-700">{p.code}</p>
      <h1 id="embed-title" className="text-lg font-semibold text-iom-blue-dark">
        <LocalisedText text={p.title} locale={locale} fallback={t('untitled')} />
      </h1>
      <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">
        <a
          href={url}
          target="_blank"
          rel="noopener"
          className="inline-flex min-h-11 items-center text-iom-blue underline"
        >
          {t('openProject')}
        </a>
      </p>
    </article>
  );
}

import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { ProjectDetail } from '@/lib/data/projects';
import { formatUsd } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';

/** Every field of the project record as a definition list. */
export async function ProjectFacts({ project: p, locale }: { project: ProjectDetail; locale: AppLocale }) {
  const t = await getTranslations('project');
  const ts = await getTranslations('status');
  const tc = await getTranslations('coverage');
  const name = (n: { nameEn: string; nameFr: string }) => (locale === 'fr' ? n.nameFr : n.nameEn);
  const orNot = (v: ReactNode) => v ?? t('notStated');
  const rows: [string, string, ReactNode][] = [
    ['code', t('code'), <span className="font-mono">{p.code}</span>],
    ['prima-id', t('primaId'), p.primaId ? <span className="font-mono">{p.primaId}</span> : null],
    ['status', t('status'), ts(p.status)],
    ['type', t('type'), name(p.type)],
    ['coverage', t('coverage'), tc(p.coverage)],
    ['region', t('region'), name(p.region)],
    ['budget', t('budget'), p.budgetUsd ? formatUsd(p.budgetUsd, locale) : null],
    ['start-year', t('startYear'), p.startYear],
    ['end-year', t('endYear'), p.endYear],
    ['funding-year', t('fundingYear'), p.fundingYear],
  ];
  return (
    <aside aria-labelledby="details" className="rounded border border-slate-200 p-4">
      <h2 id="details" className="text-xl font-semibold">{t('details')}</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {rows.map(([key, label, value]) => (
          <div key={key} className="contents" data-field={key}>
            <dt className="font-semibold">{label}</dt>
            <dd>{orNot(value)}</dd>
          </div>
        ))}
        <div className="contents" data-field="beneficiaries">
          <dt className="font-semibold">{t('beneficiaries')}</dt>
          <dd>
            {p.countries.length === 0 ? t('notStated') : (
              <ul>{p.countries.map((c) => <li key={c.code}>{name(c)}</li>)}</ul>
            )}
          </dd>
        </div>
        {p.sourceUrl && (
          <div className="contents" data-field="source">
            <dt className="font-semibold">{t('source')}</dt>
            <dd><a href={p.sourceUrl} className="break-all text-iom-blue underline" rel="noopener">{p.sourceUrl}</a></dd>
          </div>
        )}
      </dl>
    </aside>
  );
}

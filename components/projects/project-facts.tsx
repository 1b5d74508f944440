import { getTranslations } from 'next-intl/server';
import { FactList, type Fact } from '@/components/layout/fact-list';
import type { ProjectDetail } from '@/lib/data/projects';
import { formatUsd } from '@/lib/format';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';

/** Every field of the project record as a definition list. */
export async function ProjectFacts({ project: p, locale }: { project: ProjectDetail; locale: AppLocale }) {
  const t = await getTranslations('project');
  const ts = await getTranslations('status');
  const tc = await getTranslations('coverage');
  const name = (n: LocalisedNames) => nameIn(n, locale);
  const facts: Fact[] = [
    // eslint-disable-next-line react/jsx-key -- a fact's value, not a list item: FactList keys each fact by its id
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
    [
      'beneficiaries',
      t('beneficiaries'),
      p.countries.length ? (
        <ul>
          {p.countries.map((c) => (
            <li key={c.code}>{name(c)}</li>
          ))}
        </ul>
      ) : null,
    ],
  ];
  if (p.sourceUrl) {
    facts.push([
      'source',
      t('source'),
      // eslint-disable-next-line react/jsx-key -- a fact's value, not a list item: FactList keys each fact by its id
      <a href={p.sourceUrl} className="break-all text-iom-blue underline" rel="noopener">
        {p.sourceUrl}
      </a>,
    ]);
  }
  return <FactList title={t('details')} facts={facts} missing={t('notStated')} />;
}

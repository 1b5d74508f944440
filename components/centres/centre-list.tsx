import { getTranslations } from 'next-intl/server';
import { CentreStatusBadge } from '@/components/centres/centre-status-badge';
import { LocalisedText } from '@/components/localised-text';
import type { CentreListItem } from '@/lib/data/centres';
import { Link } from '@/lib/i18n/navigation';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';

/** The centres of one page of results: name (a link), kind, place, status and services. */
export async function CentreList({ items, locale }: { items: CentreListItem[]; locale: AppLocale }) {
  const t = await getTranslations('centres');
  const tk = await getTranslations('centreKinds');
  const tp = await getTranslations('centrePage');
  const name = (n: LocalisedNames) => nameIn(n, locale);
  return (
    <ul aria-label={t('listLabel')} className="mt-4 space-y-4" data-testid="centre-list">
      {items.map((c) => (
        <li key={c.slug} data-slug={c.slug} className="rounded border border-slate-200 p-4">
          <h3 className="text-lg font-semibold">
            <Link
              href={{ pathname: '/resource-centres/[slug]', params: { slug: c.slug } }}
              className="text-iom-blue underline"
            >
              <LocalisedText text={c.name} locale={locale} fallback={tp('untitled')} noted={false} />
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <span>{tk(c.kind)}</span>
            <span aria-hidden="true">·</span>
            <span>{c.locality ? t('place', { locality: c.locality, country: name(c.country) }) : name(c.country)}</span>
            <CentreStatusBadge status={c.status} />
          </p>
          <p className="mt-2 text-sm">
            <span className="font-semibold">{t('services')}: </span>
            {c.services.length ? c.services.map(name).join(' · ') : t('noServices')}
          </p>
        </li>
      ))}
    </ul>
  );
}

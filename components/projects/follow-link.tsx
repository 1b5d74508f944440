import { getTranslations } from 'next-intl/server';
import { ATOM_TYPE, centreFeedHref, projectFeedHref } from '@/lib/api/feed-links';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseCentreFilters } from '@/lib/validation/centre-filters';
import { parseProjectFilters, type SearchParams } from '@/lib/validation/project-filters';
import { pageSearchParams } from '@/lib/validation/query-params';

/** "Follow this view": the Atom feed of the filtered view, as a visible link. */
export async function FollowLink({ href, locale }: { href: string; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'feeds' });
  return (
    <p className="no-print mt-1">
      <a
        href={href}
        type={ATOM_TYPE}
        title={t('linkTitle')}
        className="inline-flex min-h-11 items-center text-iom-blue underline"
        data-testid="follow-view"
      >
        {t('follow')}
      </a>
    </p>
  );
}

type Alternates = Record<string, { url: string; title: string }[]>;

/** The `<link rel="alternate" type="application/atom+xml">` of a filtered project view (list or dashboard). */
export async function projectFeedAlternate(
  searchParams: Promise<SearchParams>,
  locale: AppLocale,
): Promise<Alternates> {
  const t = await getTranslations({ locale, namespace: 'feeds' });
  const { filters } = parseProjectFilters(pageSearchParams(await searchParams));
  return { [ATOM_TYPE]: [{ url: projectFeedHref(filters, locale), title: t('linkTitle') }] };
}

/** The `<link rel="alternate" type="application/atom+xml">` of a filtered centre view. */
export async function centreFeedAlternate(searchParams: Promise<SearchParams>, locale: AppLocale): Promise<Alternates> {
  const t = await getTranslations({ locale, namespace: 'feeds' });
  const { filters } = parseCentreFilters(pageSearchParams(await searchParams));
  return { [ATOM_TYPE]: [{ url: centreFeedHref(filters, locale), title: t('linkTitle') }] };
}

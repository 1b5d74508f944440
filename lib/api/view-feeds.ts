import { createTranslator } from 'next-intl';
import { atomXml, type AtomEntry } from '@/lib/api/atom-feed';
import { describeEvent } from '@/lib/api/feed-changes';
import { centreFeedHref, centreViewParams, projectFeedHref, projectViewParams } from '@/lib/api/feed-links';
import { publicApiUrl, publicPageUrl } from '@/lib/api/public-urls';
import { centreFilterLines, projectFilterLines, type FilterLine } from '@/lib/api/view-filters';
import { centreModel } from '@/lib/content/centre';
import type { ContentModel } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import type { FeedItem, RecordFeed } from '@/lib/data/feeds';
import type { CentreFilterNames, ProjectFilterNames } from '@/lib/data/reference-names';
import { getEnv } from '@/lib/env';
import { pickLocalised } from '@/lib/format';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import type { AppLocale } from '@/lib/i18n/routing';
import type { CentreFilters } from '@/lib/validation/centre-filters';
import type { ProjectFilters } from '@/lib/validation/project-filters';

// The Atom documents of filtered views: titles and the view's filters in the feed's language, one entry per record
// with what its latest public change was (lib/data/feeds.ts, lib/api/feed-changes.ts).

type Kind = { model: ContentModel; page: '/projects/[code]' | '/resource-centres/[slug]' };

// A feed's entries: the record's page in the feed's language, an id made of it and the change's version.
function entries(kind: Kind, feed: RecordFeed, lang: AppLocale, title: (item: FeedItem) => string): AtomEntry[] {
  return feed.items.map((item) => {
    const link = publicPageUrl(kind.page, lang, item.key);
    return {
      id: `${link}#${item.version === null ? 'listed' : `v${String(item.version)}`}`,
      title: title(item),
      link,
      updated: new Date(item.at),
      lines: describeEvent(kind.model, item.event, feed.names, lang),
    };
  });
}

/** When a feed last changed: its newest entry, else when anything public last changed. */
const feedUpdated = (feed: RecordFeed, lastModified: Date | null) => new Date(feed.items[0]?.at ?? lastModified ?? 0);

function viewText(lines: FilterLine[], lang: AppLocale, all: 'allProjects' | 'allCentres'): string {
  const t = createTranslator({ locale: lang, messages: CATALOGUES[lang], namespace: 'feeds' });
  if (lines.length === 0) return t(all);
  return t('view', { filters: lines.map((l) => t('filterValue', l)).join(' · ') });
}

type FeedInput<F, N> = { feed: RecordFeed; filters: F; names: N; lang: AppLocale; lastModified: Date | null };

/** The Atom document of a filtered project view. */
export function projectFeedXml({
  feed,
  filters,
  names,
  lang,
  lastModified,
}: FeedInput<ProjectFilters, ProjectFilterNames>) {
  const t = createTranslator({ locale: lang, messages: CATALOGUES[lang], namespace: 'feeds' });
  const name = (item: FeedItem) => pickLocalised(item.name, lang)?.value ?? item.key;
  return atomXml({
    self: publicApiUrl(projectFeedHref(filters, lang)),
    alternate: publicPageUrl('/projects', lang, '', projectViewParams(filters)),
    title: t('projectsTitle'),
    subtitle: viewText(projectFilterLines(filters, names, lang), lang, 'allProjects'),
    author: { name: t('author'), uri: getEnv().SITE_URL },
    updated: feedUpdated(feed, lastModified),
    lang,
    entries: entries({ model: projectModel, page: '/projects/[code]' }, feed, lang, (item) =>
      t('projectEntry', { title: name(item), code: item.key }),
    ),
  });
}

/** The Atom document of a filtered centre view. */
export function centreFeedXml({
  feed,
  filters,
  names,
  lang,
  lastModified,
}: FeedInput<CentreFilters, CentreFilterNames>) {
  const t = createTranslator({ locale: lang, messages: CATALOGUES[lang], namespace: 'feeds' });
  return atomXml({
    self: publicApiUrl(centreFeedHref(filters, lang)),
    alternate: publicPageUrl('/resource-centres', lang, '', centreViewParams(filters)),
    title: t('centresTitle'),
    subtitle: viewText(centreFilterLines(filters, names, lang), lang, 'allCentres'),
    author: { name: t('author'), uri: getEnv().SITE_URL },
    updated: feedUpdated(feed, lastModified),
    lang,
    entries: entries(
      { model: centreModel, page: '/resource-centres/[slug]' },
      feed,
      lang,
      (item) => pickLocalised(item.name, lang)?.value ?? item.key,
    ),
  });
}

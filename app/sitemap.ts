import type { MetadataRoute } from 'next';
import { listSitemapRecords } from '@/lib/data/sitemap';
import { routing } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo';

// Read at request time: records change, and SITE_URL is known at run time only.
export const dynamic = 'force-dynamic';

type Href = Parameters<typeof alternatesFor>[0];

/** Every public page in every language of the locale list, each with its hreflang alternates and x-default. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { projects, centres } = await listSitemapRecords();
  const pages: { href: Href; lastModified?: Date }[] = [
    { href: '/' },
    { href: '/projects' },
    { href: '/regions' },
    { href: '/resource-centres' },
    ...projects.map((p) => ({
      href: { pathname: '/projects/[code]', params: { code: p.key } } as const,
      lastModified: p.updatedAt,
    })),
    ...centres.map((c) => ({
      href: { pathname: '/resource-centres/[slug]', params: { slug: c.key } } as const,
      lastModified: c.updatedAt,
    })),
  ];
  return pages.flatMap(({ href, lastModified }) =>
    routing.locales.map((locale) => {
      const alt = alternatesFor(href, locale);
      return {
        url: alt.canonical,
        ...(lastModified ? { lastModified } : {}),
        alternates: { languages: alt.languages },
      };
    }),
  );
}

import 'server-only';
import { getReadDb } from '@/lib/db';

const PUBLISHED = { publicationState: 'published' } as const;

export type SitemapRecord = { key: string; updatedAt: Date };

/** Codes and last changes of every published project and slugs of every published centre, for sitemap.xml. */
export async function listSitemapRecords(): Promise<{ projects: SitemapRecord[]; centres: SitemapRecord[] }> {
  const db = getReadDb();
  const [projects, centres] = await Promise.all([
    db.project.findMany({ where: PUBLISHED, select: { code: true, updatedAt: true }, orderBy: { code: 'asc' } }),
    db.resourceCentre.findMany({ where: PUBLISHED, select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
  ]);
  return {
    projects: projects.map((p) => ({ key: p.code, updatedAt: p.updatedAt })),
    centres: centres.map((c) => ({ key: c.slug, updatedAt: c.updatedAt })),
  };
}

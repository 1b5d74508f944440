import { getReadDb } from '@/lib/db';
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import { matchRoute } from '@/lib/i18n/route-match';

// Whether a public address names a page the site has, asked by the proxy before rendering: an address that names no
// page, or a project or centre that is not published, is answered with the 404 page rendered on the server, in the
// address's language. (A page calling notFound() gets an empty document that only the browser's script fills in:
// vercel/next.js#62228, open in Next.js 16.) Asked of the read replica, if any, as the render that follows is: both
// agree on what is published.

const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

async function publishedProject(raw: string | null): Promise<boolean> {
  const code = raw === null ? '' : normaliseProjectCode(raw);
  if (!PROJECT_CODE_PATTERN.test(code)) return false;
  const row = await getReadDb().project.findFirst({
    where: { code, publicationState: 'published' },
    select: { id: true },
  });
  return row !== null;
}

async function publishedCentre(raw: string | null): Promise<boolean> {
  const slug = (raw ?? '').trim().toLowerCase();
  if (!SLUG_PATTERN.test(slug)) return false;
  const row = await getReadDb().resourceCentre.findFirst({
    where: { slug, publicationState: 'published' },
    select: { id: true },
  });
  return row !== null;
}

/** Whether a public page's path (no query) names nothing the site publishes: no page, or an unknown record. */
export async function isMissingPublicPage(path: string): Promise<boolean> {
  const route = matchRoute(path);
  if (!route) return true;
  switch (route.pathname) {
    case '/projects/[code]':
    case '/embed/projects/[code]':
      return !(await publishedProject(decode(route.params.code ?? '')));
    case '/resource-centres/[slug]':
    case '/resource-centres/[slug]/report':
      return !(await publishedCentre(decode(route.params.slug ?? '')));
    default:
      return false;
  }
}

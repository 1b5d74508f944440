import { centreDetailJson } from '@/lib/api/centre-json';
import { notFound, withJsonErrors } from '@/lib/api/errors';
import { preflight, publicJson } from '@/lib/api/http';
import { getPublishedCentre, safeDecode } from '@/lib/data/centres-detail';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
} from '@/lib/api/errors';

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/resource-centres/{slug}: one published centre with every public field as `{ data }`, or a JSON 404. */
export async function GET(request: Request, { params }: Context) {
  return withJsonErrors(request, async () => {
    const { slug } = await params;
    const centre = await getPublishedCentre(safeDecode(slug));
    if (!centre) return notFound(`No published resource centre has the slug "${slug.slice(0, 120)}".`);
    return publicJson(request, { data: centreDetailJson(centre) }, new Date(centre.updatedAt));
  });
}

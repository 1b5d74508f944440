import { withJsonErrors } from '@/lib/api/errors';
import { preflight, publicJson } from '@/lib/api/http';
import { contentLastModified, listApiRegions } from '@/lib/data/open-data';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
} from '@/lib/api/errors';

/** GET /api/v1/regions: every region with names in every language, published project count and total budget. */
export async function GET(request: Request) {
  return withJsonErrors(request, async () => {
    const [data, lastModified] = await Promise.all([listApiRegions(), contentLastModified()]);
    return publicJson(request, { data }, lastModified);
  });
}

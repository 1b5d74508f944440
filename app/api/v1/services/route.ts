import { withJsonErrors } from '@/lib/api/errors';
import { preflight, publicJson } from '@/lib/api/http';
import { listApiServices } from '@/lib/data/open-data';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
} from '@/lib/api/errors';

/** GET /api/v1/services: every centre service (slug, names in every language) as `{ data }`. */
export async function GET(request: Request) {
  return withJsonErrors(request, async () => publicJson(request, { data: await listApiServices() }, null));
}

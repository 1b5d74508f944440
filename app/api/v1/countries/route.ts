import { withJsonErrors } from '@/lib/api/errors';
import { preflight, publicJson } from '@/lib/api/http';
import { listApiCountries } from '@/lib/data/open-data';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
} from '@/lib/api/errors';

/** GET /api/v1/countries: every country (ISO 3166-1 alpha-2 code, names in every language) as `{ data }`. */
export async function GET(request: Request) {
  return withJsonErrors(request, async () => publicJson(request, { data: await listApiCountries() }, null));
}

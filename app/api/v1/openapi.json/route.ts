import { withJsonErrors } from '@/lib/api/errors';
import { preflight, publicJson } from '@/lib/api/http';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { getEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
} from '@/lib/api/errors';

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of the API, generated from its zod schemas. */
export async function GET(request: Request) {
  return withJsonErrors(request, () => publicJson(request, buildOpenApiDocument(getEnv().SITE_URL), null));
}

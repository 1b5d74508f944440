import { notFound } from '@/lib/api/errors';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ rest?: string[] }> };

/** /api/v1 itself and any other unknown /api/v1 path: a JSON 404 (never Next's HTML page), whatever the method. */
async function unknownPath(_request: Request, { params }: Context): Promise<Response> {
  const { rest = [] } = await params;
  const path = ['/api/v1', ...rest].join('/').slice(0, 200);
  return notFound(`No API endpoint at "${path}"; see /api/v1/openapi.json.`);
}

export {
  unknownPath as DELETE,
  unknownPath as GET,
  unknownPath as OPTIONS,
  unknownPath as PATCH,
  unknownPath as POST,
  unknownPath as PUT,
};

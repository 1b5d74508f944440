import { CORS_HEADERS } from '@/lib/api/http';
import { isDatabaseUnavailable } from '@/lib/db-errors';
import { reportDatabaseError } from '@/lib/db-health';
import { getLogger } from '@/lib/logger';
import type { QueryIssue } from '@/lib/validation/query-params';

export { isDatabaseUnavailable };

/** Error codes of the JSON API. */
type ApiErrorCode = 'invalid_parameter' | 'not_found' | 'method_not_allowed' | 'internal_error' | 'service_unavailable';

/** Seconds a client should wait before retrying when the database is unreachable. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * A JSON error response `{ error: { code, message } }` (plus optional details), never an HTML page or a stack trace.
 */
function jsonError(
  status: number,
  code: ApiErrorCode,
  message: string,
  details?: unknown,
  headers?: Record<string, string>,
): Response {
  const body = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return Response.json(body, { status, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store', ...headers } });
}

/** A JSON 404 for a missing record or path. */
export function notFound(message: string): Response {
  return jsonError(404, 'not_found', message);
}

/** A JSON 405 for write methods on the read-only API (Next.js would answer an empty 405). */
export function methodNotAllowed(): Response {
  return jsonError(405, 'method_not_allowed', 'The open-data API is read-only: use GET.', undefined, {
    Allow: 'GET, HEAD, OPTIONS',
  });
}

const REASONS: Record<NonNullable<QueryIssue['reason']>, string> = {
  invalid: 'is not a valid value',
  unknown: 'is not a known value',
  range: 'is below the lower bound of its range',
};

/** 400 response listing every rejected query parameter. */
export function invalidParameters(issues: QueryIssue[]): Response {
  const details = issues.map((i) => ({ param: i.param, value: i.value, reason: i.reason ?? 'invalid' }));
  const message = issues
    .map((i) => `"${i.value.slice(0, 80)}" ${REASONS[i.reason ?? 'invalid']} for parameter "${i.param}"`)
    .join('; ');
  return jsonError(400, 'invalid_parameter', `${message}.`, details);
}

/**
 * Runs a handler; the database being unreachable becomes a JSON 503 with Retry-After, anything else a JSON 500. The
 * failure is logged with the request id `proxy.ts` gave the request (`x-request-id`, also sent back to the client).
 */
export async function withJsonErrors(request: Request, handler: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    const unavailable = isDatabaseUnavailable(error);
    if (unavailable) reportDatabaseError(error);
    getLogger().error(
      {
        err: error,
        requestId: request.headers.get('x-request-id'),
        method: request.method,
        path: new URL(request.url).pathname,
        databaseUnavailable: unavailable,
      },
      'API request failed',
    );
    if (unavailable) {
      return jsonError(503, 'service_unavailable', 'The database is unavailable; retry later.', undefined, {
        'Retry-After': String(RETRY_AFTER_SECONDS),
      });
    }
    return jsonError(500, 'internal_error', 'The server could not answer this request.');
  }
}

import { CORS_HEADERS } from '@/lib/api/http';
import type { QueryIssue } from '@/lib/validation/query-params';

/** Error codes of the JSON API. */
export type ApiErrorCode = 'invalid_parameter' | 'not_found' | 'method_not_allowed' | 'internal_error' | 'service_unavailable';

/** Seconds a client should wait before retrying when the database is unreachable. */
export const RETRY_AFTER_SECONDS = 30;

/** A JSON error response `{ error: { code, message } }` (plus optional details), never an HTML page or a stack trace. */
export function jsonError(status: number, code: ApiErrorCode, message: string, details?: unknown, headers?: HeadersInit): Response {
  const body = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return Response.json(body, { status, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store', ...headers } });
}

/** A JSON 404 for a missing record or path. */
export function notFound(message: string): Response {
  return jsonError(404, 'not_found', message);
}

/** A JSON 405 for write methods on the read-only API (Next.js would answer an empty 405). */
export async function methodNotAllowed(): Promise<Response> {
  return jsonError(405, 'method_not_allowed', 'The open-data API is read-only: use GET.', undefined, { Allow: 'GET, HEAD, OPTIONS' });
}

const REASONS: Record<NonNullable<QueryIssue['reason']>, string> = {
  invalid: 'is not a valid value',
  unknown: 'is not a known value',
  range: 'is below the lower bound of its range',
};

/** 400 response listing every rejected query parameter. */
export function invalidParameters(issues: QueryIssue[]): Response {
  const details = issues.map((i) => ({ param: i.param, value: i.value, reason: i.reason ?? 'invalid' }));
  const message = issues.map((i) => `"${i.value.slice(0, 80)}" ${REASONS[i.reason ?? 'invalid']} for parameter "${i.param}"`).join('; ');
  return jsonError(400, 'invalid_parameter', `${message}.`, details);
}

// Connection-level failures of pg / Prisma (server down, refused, reset, starting up or shutting down).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  'P1001', 'P1002', 'P1017', 'P2024', '57P01', '57P02', '57P03', '53300',
]);
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** Whether an error (or one of its causes) says the database cannot be reached, rather than a bug. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as { code?: unknown; kind?: unknown; name?: unknown; cause?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.kind === 'string' && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (e.name === 'PrismaClientInitializationError') return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  // Prisma driver adapters wrap the pg error: P2010 { meta: { driverAdapterError: { cause: { kind } } } }.
  if (isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Runs a handler; the database being unreachable becomes a JSON 503 with Retry-After, anything else a JSON 500. */
export async function withJsonErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error('API error', error);
    if (isDatabaseUnavailable(error)) {
      return jsonError(503, 'service_unavailable', 'The database is unavailable; retry later.', undefined, {
        'Retry-After': String(RETRY_AFTER_SECONDS),
      });
    }
    return jsonError(500, 'internal_error', 'The server could not answer this request.');
  }
}

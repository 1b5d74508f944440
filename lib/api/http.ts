// Response helpers of the public API: cross-origin reads, validators (ETag, Last-Modified) and 304 answers.
import { createHash } from 'node:crypto';
import { stripControlCharactersReplacer } from '@/lib/control-characters';

/** Every public GET can be read from any origin; the validators are readable too. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Content-Disposition, Retry-After',
} as const;

/** Revalidate on every use: several instances must agree within seconds, so nothing is cached for long. */
const CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** Answer to a CORS preflight of a public GET. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Content-Type',
      'Access-Control-Max-Age': '86400',
      Allow: 'GET, HEAD, OPTIONS',
    },
  });
}

/** A strong entity tag: a hash of the exact body bytes. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only counts without it (second precision). */
function notModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const inm = request.headers.get('if-none-match');
  if (inm !== null) return etagMatches(inm, etag);
  const ims = request.headers.get('if-modified-since');
  if (ims === null || lastModified === null) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export type PublicBody = {
  body: string;
  contentType: string;
  lastModified: Date | null;
  headers?: Record<string, string>;
};

/** A public GET answer with ETag, Last-Modified, cache policy and CORS, or a bodiless 304 if the client is current. */
export function conditionalResponse(
  request: Request,
  { body, contentType, lastModified, headers }: PublicBody,
): Response {
  const etag = strongEtag(body);
  const common: Record<string, string> = { ...CORS_HEADERS, 'Cache-Control': CACHE_CONTROL, ETag: etag };
  if (lastModified) common['Last-Modified'] = lastModified.toUTCString();
  if (notModified(request, etag, lastModified)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { status: 200, headers: { ...common, 'Content-Type': contentType, ...headers } });
}

/** What a streamed download is conditional on: its bytes are never held, so its entity tag names them instead. */
export type StreamedFile = { validator: string; contentType: string; lastModified: Date | null; filename?: string };

/**
 * A public GET answer streamed from `source`: a weak ETag from `validator` (the same validator, the same content),
 * Last-Modified, cache policy and CORS, or a bodiless 304 if the client is current (nothing read then). Nothing is
 * read ahead: `source.pull` runs only when the client takes the next bytes (an answer nobody reads starts nothing).
 */
export function conditionalStream(
  request: Request,
  file: StreamedFile,
  source: UnderlyingDefaultSource<Uint8Array>,
): Response {
  const { validator, contentType, lastModified, filename } = file;
  const decided = conditionalResponse(request, { body: validator, contentType, lastModified });
  const headers = new Headers(decided.headers);
  headers.set('ETag', `W/${decided.headers.get('etag') ?? ''}`);
  if (decided.status === 304) return new Response(null, { status: 304, headers });
  if (filename) headers.set('Content-Disposition', `attachment; filename="${filename}"`);
  return new Response(new ReadableStream(source, { highWaterMark: 0 }), { status: 200, headers });
}

/** A public JSON answer (see conditionalResponse), without the control characters older records may hold. */
export function publicJson(request: Request, data: unknown, lastModified: Date | null): Response {
  const body = JSON.stringify(data, stripControlCharactersReplacer);
  return conditionalResponse(request, { body, contentType: 'application/json', lastModified });
}

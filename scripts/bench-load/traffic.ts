// The public traffic of bench:load: autocannon requests, and the 15 public URLs in six classes whose latencies are
// reported apart.
import http from 'node:http';
import autocannon from 'autocannon';
import { summarise, type Summary } from './stats';

export const URL_CLASSES = ['home', 'project list', 'project page', 'centre list', 'centre page', 'API'] as const;
type UrlClass = (typeof URL_CLASSES)[number];

const PUBLIC_URLS: readonly { path: string; urlClass: UrlClass }[] = [
  { path: '/en', urlClass: 'home' },
  { path: '/fr', urlClass: 'home' },
  { path: '/en/projects', urlClass: 'project list' },
  { path: '/fr/projets?region=asia-oceania&status=active&sort=-budget', urlClass: 'project list' },
  { path: '/en/projects?q=migration&coverage=regional&budgetMin=100000', urlClass: 'project list' },
  { path: '/en/projects?page=5', urlClass: 'project list' },
  { path: '/en/projects/PX.0220', urlClass: 'project page' },
  { path: '/fr/projets/PO.0160', urlClass: 'project page' },
  { path: '/en/projects/FM.0283', urlClass: 'project page' },
  { path: '/en/resource-centres', urlClass: 'centre list' },
  { path: '/fr/centres-de-ressources?country=PH', urlClass: 'centre list' },
  { path: '/en/resource-centres/pohnpei-migrant-resource-centre', urlClass: 'centre page' },
  { path: '/api/v1/projects?region=africa&pageSize=50', urlClass: 'API' },
  { path: '/api/v1/projects/PX.0220', urlClass: 'API' },
  { path: '/api/v1/resource-centres?country=SV', urlClass: 'API' },
];

/** How many public URLs the traffic cycles through. */
export const PUBLIC_URL_COUNT = PUBLIC_URLS.length;

// Browsers ask for HTML when they load a page (the page cache answers only those).
export const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

export type ClassFigures = Summary & { errors: number };
export type TrafficFigures = {
  /** Responses received, and per second over the run. */
  responses: number;
  perSecond: number;
  byClass: Record<UrlClass, ClassFigures>;
  all: ClassFigures;
  /** Connection errors and timeouts: autocannon does not say which request they hit, so no class has them. */
  networkErrors: number;
  timeouts: number;
  /** Responses that could not be matched to their URL (a measuring fault; expected 0). */
  unmatched: number;
  /** The statuses other than 2xx and how many of each ("503 × 2"), or "none". */
  otherStatuses: string;
};

/** The statuses other than 2xx in a run and how many of each ("503 × 2, 500 × 1"), or "none". */
export function otherStatuses(result: autocannon.Result): string {
  const found = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `${status} × ${(count ?? 0).toLocaleString('en')}`);
  return found.length ? found.join(', ') : 'none';
}

/** Runs autocannon to the end; `onResponse` gets each response's status and latency (ms) as it arrives. */
export function runAutocannon(
  options: autocannon.Options,
  onResponse?: (status: number, latencyMs: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => {
      if (error) reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
      else resolve(result);
    });
    if (onResponse) instance.on('response', (_client, status, _bytes, latencyMs) => onResponse(status, latencyMs));
  });
}

/**
 * Asks for each public URL once per server process, one request at a time, each on a connection of its own (the
 * cluster hands new connections to its processes in turn): what the load measures is the site running, not its
 * first renders (on a cold server, 50 connections arriving at once each waited for every route's first render and
 * its code to load: up to 30 s on 2 cores).
 */
export async function warmUp(base: string, processes: number): Promise<void> {
  for (const { path } of PUBLIC_URLS) {
    for (let i = 0; i < processes; i++) {
      await new Promise<void>((resolve, reject) => {
        const request = http.get(`${base}${path}`, { agent: false, headers: { accept: HTML_ACCEPT } }, (res) => {
          res.resume().on('end', resolve);
        });
        request.on('error', reject);
      });
    }
  }
}

/** `connections` connections on the public URLs (each as often) for `seconds`: figures per URL class. */
export async function publicTraffic(base: string, connections: number, seconds: number): Promise<TrafficFigures> {
  const latencies = new Map<UrlClass, number[]>(URL_CLASSES.map((c) => [c, []]));
  const errors = new Map<UrlClass, number>(URL_CLASSES.map((c) => [c, 0]));
  let turn = 0;
  let answered: UrlClass | undefined;
  let unmatched = 0;
  // One request entry. autocannon calls its `setupRequest` before each request a connection sends (one at a time, no
  // pipelining): it takes the next URL of a rotation shared by all connections (with an entry per URL, every
  // connection would start at the first and a short run would never reach the last ones) and notes its class in the
  // connection's context. For each response autocannon calls `onResponse` with that context, then at once (same
  // call, lib/httpClient.js) emits 'response' with the latency: `answered` carries the class from one to the other.
  const requests: autocannon.Request[] = [
    {
      method: 'GET',
      setupRequest: (request, context) => {
        const next = PUBLIC_URLS[turn++ % PUBLIC_URLS.length];
        (context as { urlClass?: UrlClass }).urlClass = next?.urlClass;
        return next ? { ...request, path: next.path } : request;
      },
      onResponse: (_status, _body, context) => {
        answered = (context as { urlClass?: UrlClass }).urlClass;
      },
    },
  ];
  const result = await runAutocannon(
    { url: base, connections, duration: seconds, requests, headers: { accept: HTML_ACCEPT } },
    (status, latencyMs) => {
      const urlClass = answered;
      answered = undefined;
      if (!urlClass) {
        unmatched += 1;
        return;
      }
      latencies.get(urlClass)?.push(latencyMs);
      if (status < 200 || status > 299) errors.set(urlClass, (errors.get(urlClass) ?? 0) + 1);
    },
  );
  const figures = (values: number[], errorCount: number): ClassFigures => ({
    ...summarise(values),
    errors: errorCount,
  });
  const byClass = Object.fromEntries(
    URL_CLASSES.map((c) => [c, figures(latencies.get(c) ?? [], errors.get(c) ?? 0)]),
  ) as Record<UrlClass, ClassFigures>;
  const all = figures([...latencies.values()].flat(), result.non2xx);
  return {
    responses: all.count,
    perSecond: all.count / Math.max(1, result.duration),
    byClass,
    all,
    networkErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    unmatched,
    otherStatuses: otherStatuses(result),
  };
}

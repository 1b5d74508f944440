// Runs once when a server process starts, and on every request error.

/**
 * Answers kept public pages before Next.js, stamps every other request with its connection's address (for
 * TRUSTED_PROXIES) and refuses to start a production server without its secrets and public origin, with a message
 * that says what to set.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const http = await import('node:http');
  const { stampPeerAddress } = await import('@/lib/security/forwarded');
  const { serveKeptPage } = await import('@/lib/page-cache/fast-path');
  // Every `request` event of the HTTP server passes here: a public page kept by the page cache is answered at once,
  // before Next.js (lib/page-cache/fast-path.ts); any other request is stamped with its connection's address, since
  // Next.js gives neither the proxy nor the pages the socket. Called below with Reflect.apply and the server as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [import('node:http').IncomingMessage, import('node:http').ServerResponse];
      if (serveKeptPage(request, response)) return true;
      stampPeerAddress(request);
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  const { getEnv, missingProductionSecrets } = await import('@/lib/env');
  const { getLogger } = await import('@/lib/logger');
  let missing: string[];
  try {
    missing = missingProductionSecrets(getEnv());
  } catch (error) {
    missing = [(error as Error).message];
  }
  if (missing.length > 0) {
    getLogger().fatal({ missing }, 'Refusing to start: configuration is missing or invalid');
    console.error(`\nRefusing to start: configuration is missing or invalid.\n  ${missing.join('\n  ')}\n`);
    process.exit(1);
  }
}

/** One structured log line per failed request, with its request id; never the cookies or the body. */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routerKind: string; routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getLogger } = await import('@/lib/logger');
  const { reportDatabaseError } = await import('@/lib/db-health');
  // A render that failed because the database went away: the next requests check it and get a 503 at once.
  const databaseUnavailable = reportDatabaseError(error);
  const err = error as { message?: string; digest?: string; name?: string };
  getLogger().error(
    {
      requestId: request.headers['x-request-id'],
      method: request.method,
      path: request.path.split('?')[0],
      route: context.routePath,
      routeType: context.routeType,
      databaseUnavailable,
      error: { name: err.name, message: err.message, digest: err.digest },
    },
    'request failed',
  );
}

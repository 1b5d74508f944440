// Runs once when a server process starts, and on every request error.

/** Refuses to start a production server without its secrets, with a message that says what to set. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
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
  const err = error as { message?: string; digest?: string; name?: string };
  getLogger().error(
    {
      requestId: request.headers['x-request-id'], method: request.method, path: request.path.split('?')[0],
      route: context.routePath, routeType: context.routeType, error: { name: err.name, message: err.message, digest: err.digest },
    },
    'request failed',
  );
}

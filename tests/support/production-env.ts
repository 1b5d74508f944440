// The environment a production server process has (lib/env.ts refuses production without its secrets), set for a
// unit test of code that only acts in production (the page cache); the returned function puts the previous one back.
export function setProductionEnv(): () => void {
  const saved = { ...process.env };
  Object.assign(process.env, {
    NODE_ENV: 'production',
    SITE_URL: 'https://portal.example.org',
    AUTH_SECRET: 'a'.repeat(44),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  });
  return () => {
    process.env = saved;
  };
}

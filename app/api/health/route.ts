// Liveness: the process is up and serving requests; says nothing about the database.
export const dynamic = 'force-dynamic';

/** GET /api/health: 200 while the process can answer at all. */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}

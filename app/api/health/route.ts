// Liveness: the process is up and serving requests; says nothing about the database.
export const dynamic = 'force-dynamic';

/**
 * GET /api/health: 200 while the process can answer at all, with which server process answered (its index under
 * `npm start`'s cluster, 0 when there is one process).
 */
export function GET() {
  const worker = Number.parseInt(process.env.WORKER_INDEX ?? '0', 10) || 0;
  return Response.json({ status: 'ok', worker }, { headers: { 'Cache-Control': 'no-store' } });
}

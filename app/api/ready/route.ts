import { checkReadiness } from '@/lib/readiness';

export const dynamic = 'force-dynamic';

/** GET /api/ready: 200 when the database answers and every migration is applied, otherwise 503 with the reason. */
export async function GET() {
  const result = await checkReadiness();
  return Response.json(result, {
    status: result.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store', ...(result.ready ? {} : { 'Retry-After': '5' }) },
  });
}

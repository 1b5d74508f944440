import { invalidParameters, notFound, withJsonErrors } from '@/lib/api/errors';
import { preflight, publicJson } from '@/lib/api/http';
import { csvResponse, projectsToCsv } from '@/lib/api/project-csv';
import { toApiProject } from '@/lib/api/project-json';
import { getPublishedProject } from '@/lib/data/projects';
import { PROJECT_DETAIL_PARAMS, searchParamsToObject } from '@/lib/validation/project-filters';
import { API_DEFAULT_LANG, parseQuery, type QueryIssue } from '@/lib/validation/query-params';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
} from '@/lib/api/errors';

type Context = { params: Promise<{ code: string }> };

/** GET /api/v1/projects/{code}: one published project as `{ data }` (or CSV with `format=csv`), else a JSON 404. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return withJsonErrors(request, async () => {
    const { code } = await params;
    const issues: QueryIssue[] = [];
    const options = parseQuery(PROJECT_DETAIL_PARAMS, searchParamsToObject(new URL(request.url).searchParams), issues);
    if (issues.length > 0) return invalidParameters(issues);
    // Next.js has already decoded the path parameter.
    const project = await getPublishedProject(code);
    if (!project) return notFound(`No published project has the code "${code.slice(0, 40)}".`);
    const lastModified = new Date(project.updatedAt);
    const lang = options.lang ?? API_DEFAULT_LANG;
    if (options.format === 'csv')
      return csvResponse(request, projectsToCsv([project], lang), `${project.code}.csv`, lastModified);
    return publicJson(request, { data: toApiProject(project) }, lastModified);
  });
}

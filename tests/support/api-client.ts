// Calls the /api/v1 route handlers in-process, as Next.js would, with real requests.
import { GET as catchAll } from '@/app/api/v1/[[...rest]]/route';
import { GET as countries } from '@/app/api/v1/countries/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { GET as projectTypes } from '@/app/api/v1/project-types/route';
import { GET as project } from '@/app/api/v1/projects/[code]/route';
import { GET as projects } from '@/app/api/v1/projects/route';
import { GET as regions } from '@/app/api/v1/regions/route';
import { GET as centre } from '@/app/api/v1/resource-centres/[slug]/route';
import { GET as centres } from '@/app/api/v1/resource-centres/route';
import { GET as services } from '@/app/api/v1/services/route';

const BASE = 'http://localhost';
type Headers = Record<string, string>;
const req = (path: string, headers?: Headers) => new Request(`${BASE}${path}`, { headers });

const LISTS = {
  '/api/v1/projects': projects,
  '/api/v1/resource-centres': centres,
  '/api/v1/regions': regions,
  '/api/v1/project-types': projectTypes,
  '/api/v1/services': services,
  '/api/v1/countries': countries,
  '/api/v1/openapi.json': openapi,
} as const;
export type ListPath = keyof typeof LISTS;
export const LIST_PATHS = Object.keys(LISTS) as ListPath[];

/** GET a parameterless route (with an optional query string). */
export function getList(path: ListPath, query = '', headers?: Headers): Promise<Response> {
  return LISTS[path](req(`${path}${query}`, headers));
}

/** GET /api/v1/projects/{code}. */
export function getProject(code: string, query = '', headers?: Headers): Promise<Response> {
  return project(req(`/api/v1/projects/${code}${query}`, headers), { params: Promise.resolve({ code }) });
}

/** GET /api/v1/resource-centres/{slug}. */
export function getCentre(slug: string, headers?: Headers): Promise<Response> {
  return centre(req(`/api/v1/resource-centres/${slug}`, headers), { params: Promise.resolve({ slug }) });
}

/** GET an unknown /api/v1 path (the catch-all route). */
export function getUnknown(rest: string[]): Promise<Response> {
  return catchAll(req(`/api/v1/${rest.join('/')}`), { params: Promise.resolve({ rest }) });
}

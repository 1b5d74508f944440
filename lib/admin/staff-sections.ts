import type { RecordKind } from '@/lib/content/models';
import { adminQueryToSearch, parseAdminCentreQuery, parseAdminProjectQuery } from '@/lib/validation/admin-list';
import { searchParamsToObject } from '@/lib/validation/query-params';

// What differs between the staff sections of the record kinds: their addresses, message namespace and the names
// their actions have in the audit log. Everything else (pages, form, actions, history) is one implementation.
type Query = Record<string, string | string[]>;
const back = (parse: typeof parseAdminProjectQuery | typeof parseAdminCentreQuery) => (returnQuery: string) =>
  adminQueryToSearch(parse(searchParamsToObject(new URLSearchParams(returnQuery))));

export const STAFF_SECTIONS = {
  project: {
    recordType: 'project',
    namespace: 'adminProjects',
    attempted: {
      create: 'createProject',
      update: 'updateProject',
      bulk: 'bulkProjects',
      restore: 'restoreProject',
      delete: 'deleteProject',
    },
    back: back(parseAdminProjectQuery),
    list: (query: Query = {}) => ({ pathname: '/admin/projects', query }) as const,
    create: () => ({ pathname: '/admin/projects/new' }) as const,
    edit: (code: string, query: Query = {}) =>
      ({ pathname: '/admin/projects/[code]', params: { code }, query }) as const,
    history: (code: string, query: Query = {}) =>
      ({ pathname: '/admin/projects/[code]/history', params: { code }, query }) as const,
  },
  centre: {
    recordType: 'resource_centre',
    namespace: 'adminCentres',
    attempted: {
      create: 'createCentre',
      update: 'updateCentre',
      bulk: 'bulkCentres',
      restore: 'restoreCentre',
      delete: 'deleteCentre',
    },
    back: back(parseAdminCentreQuery),
    list: (query: Query = {}) => ({ pathname: '/admin/centres', query }) as const,
    create: () => ({ pathname: '/admin/centres/new' }) as const,
    edit: (slug: string, query: Query = {}) =>
      ({ pathname: '/admin/centres/[slug]', params: { slug }, query }) as const,
    history: (slug: string, query: Query = {}) =>
      ({ pathname: '/admin/centres/[slug]/history', params: { slug }, query }) as const,
  },
} as const satisfies Record<RecordKind, unknown>;

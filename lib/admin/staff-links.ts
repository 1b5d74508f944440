import type { StaffRole } from '@/lib/auth/session';

// The staff sections, in one list: the navigation (components/admin/admin-nav.tsx) and the staff home
// (app/[locale]/admin/page.tsx) both show it, so a section cannot be in one and missing from the other
// (tests/unit/staff-links.test.ts also checks that every staff page is listed). `label` is a key of `adminShell`
// (`adminShell.sectionHints.<label>` describes the section on the home page); admin-only sections are shown to
// admins only (the pages check the role again).
export const STAFF_LINKS = [
  { href: '/admin/projects', label: 'projects', role: 'editor' },
  { href: '/admin/centres', label: 'centres', role: 'editor' },
  { href: '/admin/reports', label: 'reports', role: 'editor' },
  { href: '/admin/import', label: 'import', role: 'editor' },
  { href: '/admin/import/csv', label: 'importCsv', role: 'editor' },
  { href: '/admin/reference', label: 'referenceNav', role: 'admin' },
  { href: '/admin/users', label: 'users', role: 'admin' },
  { href: '/admin/audit', label: 'audit', role: 'admin' },
  { href: '/admin/account', label: 'account', role: 'editor' },
] as const satisfies readonly { href: `/admin/${string}`; label: string; role: StaffRole }[];

/** One staff section. */
export type StaffLink = (typeof STAFF_LINKS)[number];

/** The sections a staff member with `role` can use (admins: all of them). */
export function staffLinks(role: StaffRole): StaffLink[] {
  return STAFF_LINKS.filter((l) => role === 'admin' || l.role === 'editor');
}

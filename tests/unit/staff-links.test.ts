import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAFF_LINKS, staffLinks } from '@/lib/admin/staff-links';
import { routing } from '@/lib/i18n/routing';
import en from '@/messages/en.json';

// The staff home and the navigation list the same sections, and every staff page a section opens is listed.
const ADMIN = join(process.cwd(), 'app', '[locale]', 'admin');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name === 'page.tsx' ? [dir] : [],
  );
}

// A page of its own section: not the home, the login, a record's pages ([code], [slug]) or "new" forms.
const sectionPages = pages(ADMIN)
  .map((dir) => ['/admin', ...relative(ADMIN, dir).split(sep).filter(Boolean)].join('/'))
  .filter((p) => p !== '/admin' && p !== '/admin/login' && !p.includes('[') && !p.endsWith('/new'));

describe('staff sections', () => {
  it('lists every staff page that is a section of its own, each a localised route with a label and a hint', () => {
    expect(sectionPages.length).toBeGreaterThan(5);
    expect(new Set(STAFF_LINKS.map((l) => l.href))).toEqual(new Set(sectionPages));
    for (const l of STAFF_LINKS) {
      expect(Object.keys(routing.pathnames)).toContain(l.href);
      expect(en.adminShell[l.label]).toEqual(expect.any(String));
      expect(en.adminShell.sectionHints[l.label]).toEqual(expect.any(String));
    }
  });

  it('shows editors the editor sections and admins all of them', () => {
    const hrefs = (role: 'admin' | 'editor') => staffLinks(role).map((l) => l.href);
    expect(hrefs('admin')).toEqual(STAFF_LINKS.map((l) => l.href));
    expect(hrefs('editor')).toEqual([
      '/admin/projects',
      '/admin/centres',
      '/admin/reports',
      '/admin/import',
      '/admin/import/csv',
      '/admin/account',
    ]);
  });

  it('the home page and the navigation both render that one list (no link of their own but the dashboard)', () => {
    for (const file of ['app/[locale]/admin/page.tsx', 'components/admin/admin-nav.tsx']) {
      const source = readFileSync(join(process.cwd(), file), 'utf8');
      expect(source, file).toContain('staffLinks(actor.role).map(');
      expect(source, file).not.toMatch(/["'`]\/admin\/[a-z]/);
    }
  });
});

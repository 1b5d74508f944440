// Addresses of the projects exports of a filtered view (the list page's download links). No server-only import.
import type { AppLocale } from '@/lib/i18n/routing';
import { projectFiltersToSearchParams, type ProjectFilters } from '@/lib/validation/project-filters';

/** Media type of the spreadsheet export, for a download link's `type`. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A projects export: the spreadsheet, or CSV with commas (default) or semicolons and decimal commas. */
export type ProjectExport = { format: 'xlsx' } | { format: 'csv'; delimiter?: 'comma' | 'semicolon' };

/** The export of every project of a filtered view, labels in `lang` (the page number is dropped: all rows). */
export function projectExportHref(filters: Partial<ProjectFilters>, lang: AppLocale, file: ProjectExport): string {
  const params = projectFiltersToSearchParams({ ...filters, page: 1 });
  params.set('format', file.format);
  params.set('lang', lang);
  if (file.format === 'csv' && file.delimiter === 'semicolon') params.set('delimiter', 'semicolon');
  return `/api/v1/projects?${params}`;
}

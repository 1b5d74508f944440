import { getTranslations } from 'next-intl/server';
import { projectExportHref, XLSX_TYPE } from '@/lib/api/export-links';
import { languageName } from '@/lib/format';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import { projectFiltersToSearchParams, type ProjectFilters } from '@/lib/validation/project-filters';

type Props = { filters: ProjectFilters; locale: AppLocale; total: number };

const link = 'inline-flex min-h-11 items-center text-iom-blue underline lg:min-h-0';

/**
 * Links to the JSON API and the CSV (one per language, the page's first), spreadsheet (xlsx), semicolon CSV and IATI
 * exports of exactly the current filters (downloads: every row, not one page); nothing when no project matches.
 */
export async function ExportLinks({ filters, locale, total }: Props) {
  if (total === 0) return null;
  const t = await getTranslations('projectList');
  const te = await getTranslations('exports');
  const json = projectFiltersToSearchParams(filters);
  // Downloads hold every matching row, so the page number is dropped.
  const download = (format: 'csv' | 'iati', lang?: AppLocale) => {
    const params = projectFiltersToSearchParams({ ...filters, page: 1 });
    params.set('format', format);
    if (lang) params.set('lang', lang);
    return `/api/v1/projects?${params}`;
  };
  const jsonHref = `/api/v1/projects${json.size ? `?${json}` : ''}`;
  const csvLanguages = [locale, ...routing.locales.filter((l) => l !== locale)];
  return (
    <nav aria-labelledby="exports" className="no-print mt-6 text-sm" data-testid="export-links">
      <h3 id="exports" className="font-semibold">
        {t('exportHeading')}
      </h3>
      <ul className="mt-1 flex flex-wrap gap-x-4 lg:gap-y-1">
        <li>
          <a href={jsonHref} className={link} data-format="json">
            {t('exportJson')}
          </a>
        </li>
        {csvLanguages.map((lang) => (
          <li key={lang}>
            <a href={download('csv', lang)} className={link} data-format={`csv-${lang}`} hrefLang={lang}>
              {t('exportCsvIn', { language: languageName(lang, locale) })}
            </a>
          </li>
        ))}
        <li>
          <a
            href={projectExportHref(filters, locale, { format: 'xlsx' })}
            type={XLSX_TYPE}
            className={link}
            data-format="xlsx"
          >
            {te('xlsxLink')}
          </a>
        </li>
        <li>
          <a
            href={projectExportHref(filters, locale, { format: 'csv', delimiter: 'semicolon' })}
            className={link}
            data-format="csv-semicolon"
          >
            {te('csvSemicolonLink')}
          </a>
        </li>
        <li>
          <a href={download('iati')} className={link} data-format="iati">
            {t('exportIati')}
          </a>
        </li>
      </ul>
    </nav>
  );
}

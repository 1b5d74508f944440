import { getTranslations } from 'next-intl/server';
import { CopyField } from '@/components/copy-field';
import { EmbedCode } from '@/components/embed/embed-code';
import type { AppLocale } from '@/lib/i18n/routing';
import { absoluteUrl } from '@/lib/seo';
import { projectFiltersToQuery, type ProjectFilters } from '@/lib/validation/project-filters';

/**
 * What a donor takes away from a filtered view of projects: its permanent link (the address is the whole state) and
 * the code to show the same view on another site (the embeddable list).
 */
export async function ProjectViewTools({
  filters,
  locale,
  pathname,
}: {
  filters: ProjectFilters;
  locale: AppLocale;
  pathname: '/projects' | '/projects/dashboard';
}) {
  const t = await getTranslations({ locale, namespace: 'embed' });
  const query = projectFiltersToQuery({ ...filters, page: 1 });
  return (
    <div className="no-print" data-testid="view-tools">
      <div className="mt-8 max-w-2xl">
        <CopyField
          id="view-link"
          label={t('linkLabel')}
          hint={t('linkHint')}
          value={absoluteUrl({ pathname, query }, locale)}
          copy={t('copy')}
          copied={t('copied')}
        />
      </div>
      <EmbedCode
        id="view-embed"
        src={absoluteUrl({ pathname: '/embed/projects', query }, locale)}
        title={t('metaTitle')}
        height={480}
        locale={locale}
      />
    </div>
  );
}

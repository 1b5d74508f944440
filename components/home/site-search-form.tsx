import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/**
 * One search box for projects and centres: a plain GET form (works without JavaScript) whose two buttons send `q` to
 * the project list (the default, also on Enter) or to the centre list.
 */
export async function SiteSearchForm({ locale }: { locale: AppLocale }) {
  const t = await getTranslations('home');
  const button = 'min-h-11 rounded px-4 py-2 font-semibold';
  return (
    <div className="rounded border border-slate-200 p-4" data-testid="site-search">
      <h2 id="site-search" className="text-xl font-semibold text-iom-blue-dark">
        {t('searchHeading')}
      </h2>
      <form
        method="get"
        action={getPathname({ href: '/projects', locale })}
        role="search"
        aria-labelledby="site-search"
        className="mt-2"
      >
        <label htmlFor="site-search-q" className="block font-semibold">
          {t('searchLabel')}
        </label>
        <p id="site-search-hint" className="text-sm text-slate-700">
          {t('searchHint')}
        </p>
        {/* 200: the longest search both lists accept. */}
        <input
          id="site-search-q"
          name="q"
          type="search"
          maxLength={200}
          aria-describedby="site-search-hint"
          className="mt-2 min-h-11 w-full rounded border border-slate-500 px-3 py-2"
        />
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="submit" className={`${button} bg-iom-blue text-white hover:bg-iom-blue-dark`}>
            {t('searchProjects')}
          </button>
          <button
            type="submit"
            formAction={getPathname({ href: '/resource-centres', locale })}
            className={`${button} border-2 border-iom-blue bg-white text-iom-blue hover:bg-sky-50`}
          >
            {t('searchCentres')}
          </button>
        </div>
      </form>
    </div>
  );
}

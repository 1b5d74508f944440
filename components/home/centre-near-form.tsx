import { getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { CENTRE_QUERY_MAX } from '@/lib/validation/centre-filters';

/**
 * "Find a centre near you": a plain GET form (works without JavaScript) to the centre list, whose `q` finds a
 * country's name in any language, a town or an area.
 */
export async function CentreNearForm({ locale }: { locale: AppLocale }) {
  const t = await getTranslations('home');
  return (
    <div className="rounded border-2 border-iom-blue bg-sky-50 p-4" data-testid="centre-near">
      <h2 id="centre-near" className="text-xl font-semibold text-iom-blue-dark">
        {t('centreSearchHeading')}
      </h2>
      <form
        method="get"
        action={getPathname({ href: '/resource-centres', locale })}
        role="search"
        aria-labelledby="centre-near"
        className="mt-2"
      >
        <label htmlFor="centre-near-q" className="block font-semibold">
          {t('centreSearchLabel')}
        </label>
        <p id="centre-near-hint" className="text-sm text-slate-700">
          {t('centreSearchHint')}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            id="centre-near-q"
            name="q"
            type="search"
            maxLength={CENTRE_QUERY_MAX}
            aria-describedby="centre-near-hint"
            className="min-h-11 min-w-0 flex-1 basis-36 rounded border border-slate-500 bg-white px-3 py-2"
          />
          <button
            type="submit"
            className="min-h-11 rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
          >
            {t('centreSearchSubmit')}
          </button>
        </div>
      </form>
      <p className="mt-2">
        <Link href="/resource-centres" className="inline-flex min-h-11 items-center text-iom-blue underline">
          {t('allCentres')}
        </Link>
      </p>
    </div>
  );
}

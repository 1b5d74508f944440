import { getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

const BUTTON = 'min-h-11 rounded bg-iom-blue px-4 font-semibold text-white hover:bg-iom-blue-dark';

/** A search box sending `q` to a list page (a plain GET form). */
function SearchForm({ id, action, label, children }: { id: string; action: string; label: string; children: string }) {
  return (
    <form action={action} method="get" role="search" className="mt-6 max-w-xl">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input id={id} name="q" type="search" className="min-h-11 flex-1 rounded border border-slate-500 px-2" />
        <button type="submit" className={BUTTON}>
          {children}
        </button>
      </div>
    </form>
  );
}

/** The "page not found" content: what happened, a search of projects or centres, and the main links. */
export async function NotFoundContent({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  const links = [
    ['/', 'home'],
    ['/projects', 'projects'],
    ['/regions', 'regions'],
    ['/resource-centres', 'centres'],
  ] as const;
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-3 max-w-2xl">{t('body')}</p>
      {/* Two plain GET forms (no script): one searches projects, the other centres. */}
      <SearchForm id="nf-projects" action={getPathname({ href: '/projects', locale })} label={t('searchProjects')}>
        {t('search')}
      </SearchForm>
      <SearchForm
        id="nf-centres"
        action={getPathname({ href: '/resource-centres', locale })}
        label={t('searchCentres')}
      >
        {t('search')}
      </SearchForm>
      <ul className="mt-6 space-y-1">
        {links.map(([href, key]) => (
          <li key={href}>
            <Link href={href} className="inline-flex min-h-11 items-center text-iom-blue underline">
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

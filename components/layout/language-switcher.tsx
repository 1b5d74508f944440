'use client';

import { useParams, useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { queryOfSearchParams } from '@/lib/i18n/query';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { label: string; title: string; locale: AppLocale };

const className = 'rounded border border-white px-2 py-1 text-white hover:bg-white hover:text-iom-blue';

/** Link to the same page, with the same query string, in the other language. */
export function LanguageSwitcher({ label, title, locale }: Props) {
  const pathname = usePathname();
  const { locale: _current, ...params } = useParams<Record<string, string>>();
  const search = useSearchParams();
  const query = queryOfSearchParams(search);
  return (
    <Link
      // The internal pathname template plus the current params resolves to the localised path of the same page.
      href={{ pathname, params, query } as unknown as Parameters<typeof Link>[0]['href']}
      locale={locale}
      hrefLang={locale}
      lang={locale}
      title={title}
      className={className}
    >
      {label}
    </Link>
  );
}

/** The same link to the other language's home, while the current address is not known. */
export function LanguageSwitcherFallback({ label, title, locale }: Props) {
  return (
    <Link href="/" locale={locale} hrefLang={locale} lang={locale} title={title} className={className}>
      {label}
    </Link>
  );
}

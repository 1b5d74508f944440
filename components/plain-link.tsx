import type { ComponentProps } from 'react';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: Parameters<typeof getPathname>[0]['href']; locale: AppLocale };

/**
 * A link of a public page as a plain `<a>` to the localised address (`getPathname`): the client `Link` costs a client
 * component per link in every render (its props serialised into the page's payload, its hooks run on the server),
 * and public pages go out without the client router that would use it (README "No client runtime").
 */
export function PlainLink({ href, locale, children, ...rest }: Props) {
  return (
    <a href={getPathname({ href, locale })} {...rest}>
      {children}
    </a>
  );
}

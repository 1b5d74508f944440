import { getTranslations } from 'next-intl/server';
import { PlainLink } from '@/components/plain-link';
import { centreAddress } from '@/components/centres/centre-practical';
import { CentreStatusBadge } from '@/components/centres/centre-status-badge';
import { LocalisedText } from '@/components/localised-text';
import { centreZone, hoursState, noticeInForce, weekHours } from '@/lib/centres/hours';
import { hoursLine, hoursTranslator, weekLines } from '@/lib/centres/hours-text';
import type { CentreListItem } from '@/lib/data/centres';
import { pickLocalised } from '@/lib/format';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';

type Props = { items: CentreListItem[]; locale: AppLocale; now: Date };

/**
 * The centres of one page of results: name (a link), kind, place, status, open now, an active notice and services;
 * on paper also the address, phone, e-mail and the week's hours (the caseworkers' printed list).
 */
export async function CentreList({ items, locale, now }: Props) {
  const t = await getTranslations('centres');
  const tk = await getTranslations('centreKinds');
  const tp = await getTranslations('centrePage');
  const tc = await getTranslations('centrePractical');
  const th = hoursTranslator(tc);
  const name = (n: LocalisedNames) => nameIn(n, locale);
  return (
    <ul aria-label={t('listLabel')} className="mt-4 space-y-4 print:space-y-2" data-testid="centre-list">
      {items.map((c) => {
        const zone = centreZone(c);
        const notice = pickLocalised(c.notice, locale) && noticeInForce(c, now);
        const week = weekHours(c.hours, zone, now);
        const address = centreAddress(c, locale);
        return (
          <li
            key={c.slug}
            data-slug={c.slug}
            className="rounded border border-slate-200 p-4 print:break-inside-avoid print:p-2"
          >
            <h3 className="text-lg font-semibold">
              <PlainLink
                locale={locale}
                href={{ pathname: '/resource-centres/[slug]', params: { slug: c.slug } }}
                className="text-iom-blue underline"
              >
                <LocalisedText text={c.name} locale={locale} fallback={tp('untitled')} noted={false} />
              </PlainLink>
            </h3>
            {notice && (
              <p
                role="note"
                className="mt-1 rounded border-l-4 border-amber-700 bg-amber-50 p-2"
                data-testid="list-notice"
              >
                <strong>{tc('notice')}</strong> <LocalisedText text={c.notice} locale={locale} />
              </p>
            )}
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
              <span>{tk(c.kind)}</span>
              <span aria-hidden="true">·</span>
              <span>
                {c.locality ? t('place', { locality: c.locality, country: name(c.country) }) : name(c.country)}
              </span>
              <CentreStatusBadge status={c.status} />
              {c.status === 'operational' && c.hours && (
                <span className="font-semibold" data-testid="list-hours-state">
                  {hoursLine(hoursState(c.hours, zone, now), locale, th)}
                </span>
              )}
            </p>
            <p className="mt-2 text-sm">
              <span className="font-semibold">{t('services')}: </span>
              {c.services.length ? c.services.map(name).join(' · ') : t('noServices')}
            </p>
            <dl className="mt-1 hidden text-sm print:block" data-testid="print-details">
              <div>
                <dt className="inline font-semibold">{tp('address')}: </dt>
                <dd className="inline">{address.join(', ')}</dd>
              </div>
              {c.phone && (
                <div>
                  <dt className="inline font-semibold">{tp('phone')}: </dt>
                  <dd className="inline">{c.phone}</dd>
                </div>
              )}
              {c.email && (
                <div>
                  <dt className="inline font-semibold">{tp('email')}: </dt>
                  <dd className="inline">{c.email}</dd>
                </div>
              )}
              <div>
                <dt className="inline font-semibold">{tp('openingHours')}: </dt>
                <dd className="inline">
                  {week
                    ? weekLines(week, locale, th)
                        .map((l) => `${l.day} ${l.hours}`)
                        .join(' · ')
                    : th('hoursUnknown')}
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}

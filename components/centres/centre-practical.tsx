import { getTranslations } from 'next-intl/server';
import { CentreStatusBadge } from '@/components/centres/centre-status-badge';
import { LocalisedText } from '@/components/localised-text';
import { centreActions } from '@/lib/centres/actions';
import { centreZone, hoursState, noticeInForce, weekHours } from '@/lib/centres/hours';
import { hoursLine, hoursTranslator, weekLines } from '@/lib/centres/hours-text';
import type { CentreListItem } from '@/lib/data/centres';
import type { CentreDetail, CentreHoursData } from '@/lib/data/centres-detail';
import { pickLocalised } from '@/lib/format';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

type Props = { centre: CentreDetail & CentreHoursData; locale: AppLocale; url: string; now: Date };

/** A centre's address lines: street, locality, area and country, without repeats. */
export function centreAddress(c: CentreListItem, locale: AppLocale): string[] {
  const lines = [c.streetAddress, c.locality, c.adminArea, nameIn(c.country, locale)];
  return lines.filter((p, i, all): p is string => !!p && all.indexOf(p) === i);
}

/**
 * The centre's practical card, shown first: an active notice, status, open now, the week's hours, the address and
 * one-tap links (call, e-mail, website, directions, share).
 */
export async function CentrePractical({ centre: c, locale, url, now }: Props) {
  const t = await getTranslations('centrePractical');
  const th = hoursTranslator(t);
  const zone = centreZone(c);
  const state = hoursState(c.hours, zone, now);
  const week = weekHours(c.hours, zone, now);
  const lines = week ? weekLines(week, locale, th) : null;
  const address = centreAddress(c, locale);
  const notice = pickLocalised(c.notice, locale) && noticeInForce(c, now);
  const shareText = [
    pickLocalised(c.name, locale)?.value,
    address.join(', '),
    c.phone ? t('sharePhone', { phone: c.phone }) : null,
    lines ? t('shareHours', { hours: lines.map((l) => `${l.day} ${l.hours}`).join('; ') }) : null,
    url,
  ]
    .filter(Boolean)
    .join('\n');
  const actions = centreActions({ ...c, shareText });
  return (
    <section
      aria-labelledby="practical"
      className="mt-4 rounded border border-slate-300 bg-slate-50 p-4"
      data-testid="centre-practical"
    >
      <h2 id="practical" className="sr-only">
        {t('heading')}
      </h2>
      {notice && (
        <p role="note" className="mb-3 rounded border-l-4 border-amber-700 bg-amber-50 p-3" data-testid="centre-notice">
          <strong>{t('notice')}</strong> <LocalisedText text={c.notice} locale={locale} />
        </p>
      )}
      <p className="flex flex-wrap items-center gap-2" data-testid="centre-state">
        <CentreStatusBadge status={c.status} />
        {c.status === 'operational' && (
          <span className="font-semibold" data-hours-state={state.state}>
            {hoursLine(state, locale, th)}
          </span>
        )}
      </p>
      {lines && (
        <div className="mt-3">
          <h3 className="font-semibold">{t('week')}</h3>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4" data-testid="week-hours">
            {lines.map((l) => (
              <div key={l.day} className="contents">
                <dt className="capitalize">{l.day}</dt>
                <dd>{l.hours}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <address className="mt-3 not-italic" data-testid="centre-address">
        {address.map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
      </address>
      <ul aria-label={t('actions')} className="mt-3 flex flex-wrap gap-2" data-testid="centre-actions">
        {actions.map((a) => (
          <li key={a.key}>
            <a
              href={a.href}
              data-action={a.key}
              rel={a.key === 'website' || a.key.startsWith('share') ? 'noopener' : undefined}
              className="inline-flex min-h-11 min-w-11 items-center rounded border border-iom-blue bg-white px-3 py-2
                font-semibold text-iom-blue underline"
            >
              {t(a.key)}
              {a.key === 'call' && c.phone ? <span className="ml-1 font-normal">{c.phone}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

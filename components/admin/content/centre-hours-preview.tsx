import { getTranslations } from 'next-intl/server';
import { countryTimeZone, hoursState, weekHours } from '@/lib/centres/hours';
import { hoursLine, hoursTranslator, weekLines } from '@/lib/centres/hours-text';
import type { Snapshot } from '@/lib/domain/diff';
import type { AppLocale } from '@/lib/i18n/routing';

const text = (v: Snapshot[string] | undefined) => (typeof v === 'string' && v.trim() ? v : null);

/** A readable week of a centre's saved opening hours, in its time zone, for staff checking what they typed. */
export async function CentreHoursPreview({ values, locale }: { values: Snapshot; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'centrePractical' });
  const th = hoursTranslator(t);
  const hours = text(values.hours);
  const country = text(values.countryCode);
  const zone = text(values.timeZone) ?? (country ? countryTimeZone(country) : null);
  const now = new Date();
  const week = weekHours(hours, zone, now);
  return (
    <section
      aria-labelledby="hours-preview"
      className="mt-6 rounded border border-slate-300 p-4"
      data-testid="hours-preview"
    >
      <h2 id="hours-preview" className="text-xl font-semibold">
        {t('preview')}
      </h2>
      <p className="mt-1 text-sm">{zone ? t('previewZone', { zone }) : t('previewNoZone')}</p>
      <p className="mt-2 font-semibold">{hoursLine(hoursState(hours, zone, now), locale, th)}</p>
      {week && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4">
          {weekLines(week, locale, th).map((l) => (
            <div key={l.day} className="contents">
              <dt className="capitalize">{l.day}</dt>
              <dd>{l.hours}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

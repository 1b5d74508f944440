import { formatClock, sameDay, weekdayName, type DayHours, type HoursState } from '@/lib/centres/hours';

// The words of opening hours in a page's language, from the `centrePractical` messages.

type Key =
  | 'hoursUnknown'
  | 'openUntil'
  | 'openNow'
  | 'closedUntil'
  | 'closedUntilToday'
  | 'closedNow'
  | 'dayClosed'
  | 'interval';
/** A `centrePractical` translator, narrowed to the keys used here (see `hoursTranslator`). */
export type HoursTranslator = (key: Key, values?: Record<string, string>) => string;

/** A next-intl translator of `centrePractical` as an HoursTranslator (its arguments are checked by the messages test). */
export function hoursTranslator(t: (key: Key, values?: never) => string): HoursTranslator {
  return (key, values) => t(key, values as never);
}

/** "Open now, closes at 16:00", "Closed now, opens Monday at 08:00" or "Hours not known". */
export function hoursLine(s: HoursState, locale: string, t: HoursTranslator): string {
  if (s.state === 'unknown') return t('hoursUnknown');
  if (s.state === 'open') return s.closes ? t('openUntil', { time: formatClock(s.closes, locale) }) : t('openNow');
  if (!s.opens) return t('closedNow');
  const time = formatClock(s.opens, locale);
  if (sameDay(s.opens, s.now)) return t('closedUntilToday', { time });
  return t('closedUntil', { day: weekdayName(s.opens.weekday, locale), time });
}

/** One line per weekday: its localised name and its hours ("08:00–16:00", or "Closed"). */
export function weekLines(week: DayHours[], locale: string, t: HoursTranslator): { day: string; hours: string }[] {
  return week.map((d) => ({
    day: weekdayName(d.weekday, locale),
    hours: d.intervals.length
      ? d.intervals.map(([from, to]) => t('interval', { from, to })).join(', ')
      : t('dayClosed'),
  }));
}

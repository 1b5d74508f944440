import OpeningHours from 'opening_hours';
import { getCountry } from 'countries-and-timezones';

// Opening hours in OpenStreetMap syntax evaluated in a centre's own time zone. The `opening_hours` library reads the
// local fields of JS Dates (getDay, getHours), so it is given "wall-clock" Dates: Dates whose fields in the process's
// zone are the centre's local time. Wall-clock fields are read back the same way and formatted as UTC, so nothing
// here depends on the server's zone.

/** A local date and time of the centre (weekday 0 = Sunday). */
export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

/** Whether a centre is open now and when that changes; `unknown` when its hours or time zone are not known. */
export type HoursState =
  | { state: 'unknown' }
  | { state: 'open'; closes: WallTime | null; now: WallTime; changeAt: Date | null }
  | { state: 'closed'; opens: WallTime | null; now: WallTime; changeAt: Date | null };

/** One weekday's opening intervals ("08:00"–"16:00"); none means closed that day. */
export type DayHours = { weekday: number; intervals: [string, string][] };

const DAY_MS = 86_400_000;

/** The time zone of a country when it has only one (ISO 3166-1 alpha-2 code), else null. */
export function countryTimeZone(countryCode: string): string | null {
  const zones = getCountry(countryCode.toUpperCase())?.timezones ?? [];
  return zones.length === 1 ? (zones[0] ?? null) : null;
}

/** The time zone a centre's hours are read in: its own, else its country's when that has only one. */
export function centreZone(c: { timeZone: string | null; country: { code: string } }): string | null {
  return c.timeZone ?? countryTimeZone(c.country.code);
}

/** Whether a dated notice applies on `today` (YYYY-MM-DD; bounds may be ISO timestamps); a missing bound is open. */
function noticeApplies(from: string | null | undefined, until: string | null | undefined, today: string) {
  return (!from || from.slice(0, 10) <= today) && (!until || today <= until.slice(0, 10));
}

/** Whether a centre's dated notice applies at `now`, on the date it is at the centre (UTC when its zone is unknown). */
export function noticeInForce(
  c: { noticeFrom: string | null; noticeUntil: string | null; timeZone: string | null; country: { code: string } },
  now: Date,
): boolean {
  return noticeApplies(c.noticeFrom, c.noticeUntil, localDate(now, centreZone(c) ?? 'UTC'));
}

/** The local date and time in a time zone at an instant. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const [year, month, day, hour, minute] = [get('year'), get('month'), get('day'), get('hour') % 24, get('minute')];
  return { year, month, day, hour, minute, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

// A wall time as a Date with those local fields, and back.
const toLocalDate = (w: WallTime) => new Date(w.year, w.month - 1, w.day, w.hour, w.minute);
const fromLocalDate = (d: Date): WallTime => ({
  year: d.getFullYear(),
  month: d.getMonth() + 1,
  day: d.getDate(),
  hour: d.getHours(),
  minute: d.getMinutes(),
  weekday: d.getDay(),
});
// Minutes between two wall times, counted on a UTC axis (independent of the process's zone).
const wallMs = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

function parse(hours: string | null): OpeningHours | null {
  if (!hours?.trim()) return null;
  try {
    return new OpeningHours(hours, null, 0);
  } catch {
    return null;
  }
}

/** Whether the centre is open at `now` in its time zone, and its next change within a week. */
export function hoursState(hours: string | null, timeZone: string | null, now: Date): HoursState {
  const oh = parse(hours);
  if (!oh || !timeZone) return { state: 'unknown' };
  try {
    const wall = wallTimeAt(now, timeZone);
    const local = toLocalDate(wall);
    const open = oh.getState(local);
    const next = oh.getNextChange(local, new Date(local.getTime() + 8 * DAY_MS));
    const change = next ? fromLocalDate(next) : null;
    const changeAt = change ? new Date(now.getTime() + wallMs(change) - wallMs(wall)) : null;
    return open
      ? { state: 'open', closes: change, now: wall, changeAt }
      : { state: 'closed', opens: change, now: wall, changeAt };
  } catch {
    return { state: 'unknown' };
  }
}

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** Each day's opening intervals, Monday to Sunday of the week holding `now` in the centre's zone; null if unknown. */
export function weekHours(hours: string | null, timeZone: string | null, now: Date): DayHours[] | null {
  const oh = parse(hours);
  if (!oh) return null;
  try {
    const today = wallTimeAt(now, timeZone ?? 'UTC');
    const monday = new Date(today.year, today.month - 1, today.day - ((today.weekday + 6) % 7));
    return Array.from({ length: 7 }, (_, i) => {
      const from = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
      const to = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i + 1);
      const intervals = oh
        .getOpenIntervals(from, to)
        .map(([start, end]): [string, string] => [hhmm(start), end.getTime() >= to.getTime() ? '24:00' : hhmm(end)]);
      return { weekday: from.getDay(), intervals };
    });
  } catch {
    return null;
  }
}

/** A wall time's clock time in a language ("16:00"). */
export function formatClock(w: WallTime, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(new Date(wallMs(w)));
}

/** A weekday's name in a language (0 = Sunday). */
export function weekdayName(weekday: number, locale: string): string {
  // 2023-01-01 was a Sunday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + weekday)),
  );
}

/** Whether two wall times fall on the same local day. */
export function sameDay(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Today's date in a time zone as YYYY-MM-DD. */
function localDate(now: Date, timeZone: string): string {
  const w = wallTimeAt(now, timeZone);
  return `${String(w.year)}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

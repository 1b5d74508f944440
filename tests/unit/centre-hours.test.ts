import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import { countryTimeZone, hoursState, weekHours, wallTimeAt } from '@/lib/centres/hours';
import { hoursLine, hoursTranslator, weekLines } from '@/lib/centres/hours-text';

const HOURS = 'Mo-Fr 08:00-16:00';
const ZONE = 'America/El_Salvador'; // UTC-6, no daylight saving time
// Wednesday 2026-12-02 10:00 and Saturday 2026-12-05 11:00 in San Salvador.
const WEDNESDAY = new Date('2026-12-02T16:00:00Z');
const SATURDAY = new Date('2026-12-05T17:00:00Z');
const messages = { en, fr, es };
const tFor = (locale: 'en' | 'fr' | 'es') =>
  hoursTranslator(createTranslator({ locale, messages: messages[locale], namespace: 'centrePractical' }));

describe('opening hours in the centre time zone', () => {
  it('reads local time in the zone, whatever the process zone', () => {
    expect(wallTimeAt(WEDNESDAY, ZONE)).toMatchObject({ hour: 10, minute: 0, weekday: 3, day: 2 });
    expect(wallTimeAt(new Date('2026-12-03T02:30:00Z'), 'Asia/Manila')).toMatchObject({ hour: 10, weekday: 4 });
  });

  it('is open on a Wednesday at 10:00 and says when it closes, in every language', () => {
    const s = hoursState(HOURS, ZONE, WEDNESDAY);
    expect(s.state).toBe('open');
    if (s.state === 'unknown') return;
    expect(s.changeAt?.toISOString()).toBe('2026-12-02T22:00:00.000Z');
    expect(hoursLine(s, 'en', tFor('en'))).toBe('Open now, closes at 16:00');
    expect(hoursLine(s, 'fr', tFor('fr'))).toBe('Ouvert, ferme à 16:00');
    expect(hoursLine(s, 'es', tFor('es'))).toBe('Abierto ahora, cierra a las 16:00');
  });

  it('is closed on a Saturday and opens on Monday at 08:00, in every language', () => {
    const s = hoursState(HOURS, ZONE, SATURDAY);
    expect(s.state).toBe('closed');
    if (s.state === 'unknown') return;
    expect(s.changeAt?.toISOString()).toBe('2026-12-07T14:00:00.000Z');
    expect(hoursLine(s, 'en', tFor('en'))).toBe('Closed now, opens Monday at 08:00');
    expect(hoursLine(s, 'fr', tFor('fr'))).toBe('Fermé, ouvre lundi à 08:00');
    expect(hoursLine(s, 'es', tFor('es'))).toBe('Cerrado ahora, abre el lunes a las 08:00');
  });

  it('says "opens today" before opening on a working day', () => {
    const s = hoursState(HOURS, ZONE, new Date('2026-12-02T13:00:00Z')); // 07:00 local
    expect(hoursLine(s, 'en', tFor('en'))).toBe('Closed now, opens today at 08:00');
  });

  it('invents nothing when hours or zone are unknown or malformed', () => {
    for (const s of [hoursState(null, ZONE, WEDNESDAY), hoursState('nonsense', ZONE, WEDNESDAY)]) {
      expect(s.state).toBe('unknown');
      expect(hoursLine(s, 'en', tFor('en'))).toBe('Hours not known');
    }
    expect(hoursState(HOURS, null, WEDNESDAY).state).toBe('unknown');
    expect(weekHours(null, ZONE, WEDNESDAY)).toBeNull();
  });

  it('lists the week Monday to Sunday with localised weekday names and closed days', () => {
    const week = weekHours(HOURS, ZONE, SATURDAY);
    expect(week?.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(week?.[0]?.intervals).toEqual([['08:00', '16:00']]);
    expect(week?.[6]?.intervals).toEqual([]);
    const lines = weekLines(week ?? [], 'es', tFor('es'));
    expect(lines[0]).toEqual({ day: 'lunes', hours: '08:00–16:00' });
    expect(lines[5]).toEqual({ day: 'sábado', hours: 'Cerrado' });
    expect(weekLines(week ?? [], 'fr', tFor('fr'))[6]).toEqual({ day: 'dimanche', hours: 'Fermé' });
  });

  it('takes the country time zone when it has only one', () => {
    expect(countryTimeZone('SV')).toBe(ZONE);
    expect(countryTimeZone('ph')).toBe('Asia/Manila');
    expect(countryTimeZone('US')).toBeNull();
    expect(countryTimeZone('XX')).toBeNull();
  });
});

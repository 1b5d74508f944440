import OpeningHours from 'opening_hours';

// Checks of text fields written in a machine-readable syntax (see `syntax` in lib/content/field.ts).

/** Whether a text is valid OpenStreetMap `opening_hours` syntax ("Mo-Fr 08:00-16:00; PH off"). */
export function isOpeningHours(text: string): boolean {
  try {
    // No position: public holidays ("PH") are read but never resolved here, only the syntax is checked.
    new OpeningHours(text, null, 0);
    return true;
  } catch {
    return false;
  }
}

const ZONES = new Set(Intl.supportedValuesOf('timeZone'));

/** Whether a text names an IANA time zone this runtime knows ("America/El_Salvador"). */
export function isTimeZone(text: string): boolean {
  return ZONES.has(text) || text === 'UTC';
}

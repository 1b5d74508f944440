import type { AppLocale } from '@/lib/i18n/routing';
import en from '@/messages/en.json' with { type: 'json' };
import es from '@/messages/es.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };

// Every message catalogue by locale, for code outside a request (CSV files, import reports, plain error pages).
// The compiler asks for a catalogue when a locale is added to the list.

/** The messages of one language (every catalogue has the same keys: `npm run check:messages`). */
export type Catalogue = typeof en;

/** Each locale's message catalogue. */
export const CATALOGUES: Record<AppLocale, Catalogue> = { en, fr, es };

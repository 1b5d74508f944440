import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getCentreFormOptions } from '@/lib/data/admin-centres';
import type { AppLocale } from '@/lib/i18n/routing';
import { CENTRE_KINDS, CENTRE_STATUSES } from '@/lib/validation/centre';

/** The choices of the centre form, labelled in the page language. */
export async function centreFormOptions(locale: AppLocale) {
  const [o, t] = await Promise.all([getCentreFormOptions(), getTranslations({ locale, namespace: 'adminCentres' })]);
  const name = (r: { nameEn: string; nameFr: string }) => (locale === 'fr' ? r.nameFr : r.nameEn);
  const collator = new Intl.Collator(locale);
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  return {
    kinds: CENTRE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
    statuses: CENTRE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
    countries: o.countries.map((c) => ({ value: c.code, label: `${name(c)} (${c.code})` })).sort(byLabel),
    services: o.services.map((s) => ({ value: s.slug, label: name(s) })),
    languages: o.languages.map((l) => ({ value: l.code, label: `${name(l)} (${l.code})` })).sort(byLabel),
    projects: o.projects.map((p) => ({
      value: p.code,
      label: `${p.code} ${(locale === 'fr' ? (p.titleFr ?? p.titleEn) : (p.titleEn ?? p.titleFr)) ?? ''}`.trim(),
    })),
  };
}

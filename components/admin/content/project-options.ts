import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Option } from '@/components/admin/content/form-state';
import { getProjectFormOptions } from '@/lib/data/admin-projects';
import { COVERAGES, PROJECT_STATUSES } from '@/lib/domain/project';
import type { AppLocale } from '@/lib/i18n/routing';

/** The choices of the project form, labelled in the page language (countries sorted by their local name). */
export async function projectFormOptions(locale: AppLocale) {
  const [o, ps, cov] = await Promise.all([
    getProjectFormOptions(),
    getTranslations({ locale, namespace: 'status' }),
    getTranslations({ locale, namespace: 'coverage' }),
  ]);
  const name = (r: { nameEn: string; nameFr: string }) => (locale === 'fr' ? r.nameFr : r.nameEn);
  const collator = new Intl.Collator(locale);
  const countries: Option[] = o.countries
    .map((c) => ({ value: c.code, label: `${name(c)} (${c.code})` }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return {
    statuses: PROJECT_STATUSES.map((s) => ({ value: s, label: ps(s) })),
    coverages: COVERAGES.map((c) => ({ value: c, label: cov(c) })),
    types: o.types.map((x) => ({ value: x.slug, label: name(x) })),
    regions: o.regions.map((x) => ({ value: x.slug, label: name(x) })),
    countries,
  };
}

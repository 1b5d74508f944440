import { getTranslations } from 'next-intl/server';
import { centreAddress } from '@/components/centres/centre-practical';
import { CentreStatusBadge } from '@/components/centres/centre-status-badge';
import { FactList, type Fact } from '@/components/layout/fact-list';
import { LocalisedText } from '@/components/localised-text';
import { telHref } from '@/lib/centres/actions';
import type { CentreDetail } from '@/lib/data/centres-detail';
import { pickLocalised, type Localised } from '@/lib/format';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';

/** Practical information of a centre: kind, status, address, contacts, hours, languages, operator and partners. */
export async function CentreFacts({ centre: c, locale }: { centre: CentreDetail; locale: AppLocale }) {
  const t = await getTranslations('centrePage');
  const tk = await getTranslations('centreKinds');
  const name = (n: LocalisedNames) => nameIn(n, locale);
  // A translated fact in the page's language, else another one's with its note; nothing when no language has it.
  const translated = (text: Localised) =>
    pickLocalised(text, locale) ? <LocalisedText text={text} locale={locale} /> : null;
  const tel = c.phone ? telHref(c.phone) : null;
  const address = centreAddress(c, locale);
  const facts: Fact[] = [
    ['kind', t('kind'), tk(c.kind)],
    // eslint-disable-next-line react/jsx-key -- a fact's value, not a list item: FactList keys each fact by its id
    ['status', t('status'), <CentreStatusBadge status={c.status} />],
    [
      'address',
      t('address'),
      // eslint-disable-next-line react/jsx-key -- a fact's value, not a list item: FactList keys each fact by its id
      <address className="not-italic">
        {address.map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
      </address>,
    ],
    [
      'phone',
      t('phone'),
      tel ? (
        <a href={tel} className="text-iom-blue underline">
          {c.phone}
        </a>
      ) : (
        c.phone
      ),
    ],
    [
      'email',
      t('email'),
      c.email ? (
        <a href={`mailto:${c.email}`} className="break-all text-iom-blue underline">
          {c.email}
        </a>
      ) : null,
    ],
    [
      'website',
      t('website'),
      c.website ? (
        <a href={c.website} className="break-all text-iom-blue underline" rel="noopener">
          {c.website}
        </a>
      ) : null,
    ],
    ['opening-hours', t('openingHours'), translated(c.openingHours)],
    ['languages', t('languages'), c.languages.length ? c.languages.map(name).join(', ') : null],
    ['operator', t('operator'), translated(c.operator)],
    ['partners', t('partners'), translated(c.partners)],
    ['opened-year', t('openedYear'), c.openedYear],
  ];
  return <FactList title={t('details')} facts={facts} missing={t('notStated')} />;
}

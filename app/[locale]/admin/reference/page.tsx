import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReferenceItemForm } from '@/components/admin/reference-item-form';
import { requirePageRole } from '@/lib/auth/session';
import { listReferenceItems } from '@/lib/data/reference-admin';
import type { AppLocale } from '@/lib/i18n/routing';
import { REFERENCE_KINDS } from '@/lib/validation/reference';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'adminShell.reference' });
  return { title: t('title') };
}

export default async function ReferenceDataPage({ params }: Props) {
  const { locale } = await params;
  await requirePageRole('admin', locale);
  const t = await getTranslations({ locale, namespace: 'adminShell.reference' });
  const lists = await Promise.all(
    REFERENCE_KINDS.map(async (kind) => ({ kind, items: await listReferenceItems(kind) })),
  );
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      {lists.map(({ kind, items }) => (
        <section key={kind} aria-labelledby={`${kind}-title`} className="mt-8">
          <h2 id={`${kind}-title`} className="text-xl font-semibold">
            {t(kind)}
          </h2>
          {items.map((item) => (
            <ReferenceItemForm key={item.slug} locale={locale} kind={kind} item={item} />
          ))}
          <h3 className="mt-4 font-semibold">{t('addTitle', { kind: t(kind) })}</h3>
          <ReferenceItemForm locale={locale} kind={kind} />
        </section>
      ))}
    </>
  );
}

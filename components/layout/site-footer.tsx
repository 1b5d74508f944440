import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/lib/i18n/routing';

/** Footer: what the portal is and what it shows. */
export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl px-4 py-6">
        <p>{t('about')}</p>
        <p className="mt-1">{t('dataNote')}</p>
      </div>
    </footer>
  );
}

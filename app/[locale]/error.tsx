'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('error');
  return (
    <div role="alert">
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-3">{t('body')}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-iom-blue px-4 py-2 font-semibold text-white">
        {t('retry')}
      </button>
    </div>
  );
}

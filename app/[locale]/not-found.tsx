import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <>
      <title>{t('title')}</title>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-3">{t('body')}</p>
      <ul className="mt-4 space-y-1">
        <li>
          <Link href="/" className="text-iom-blue underline">
            {t('home')}
          </Link>
        </li>
        <li>
          <Link href="/projects" className="text-iom-blue underline">
            {t('projects')}
          </Link>
        </li>
      </ul>
    </>
  );
}

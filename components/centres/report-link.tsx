import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

/** The "Report wrong information" link of a centre page, to the centre's public report form. */
export function ReportLink({ slug }: { slug: string }) {
  const t = useTranslations('centreReport');
  return (
    <p className="no-print mt-6">
      <Link
        href={{ pathname: '/resource-centres/[slug]/report', params: { slug } }}
        className="text-iom-blue underline"
      >
        {t('link')}
      </Link>
    </p>
  );
}

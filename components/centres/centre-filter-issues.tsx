import { getTranslations } from 'next-intl/server';
import type { CentreFilterIssue } from '@/lib/validation/centre-filters';

/** Tells the visitor which query-string values were ignored. */
export async function CentreFilterIssues({ issues }: { issues: CentreFilterIssue[] }) {
  if (issues.length === 0) return null;
  const t = await getTranslations('centres');
  return (
    <div
      role="status"
      className="mt-4 rounded border border-amber-600 bg-amber-50 p-4 text-amber-950"
      data-testid="filter-issues"
    >
      <p className="font-semibold">{t('invalidHeading')}</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue, i) => (
          <li key={`${issue.param}-${i}`}>
            {t('invalidValue', { value: issue.value.slice(0, 80), param: issue.param })}
          </li>
        ))}
      </ul>
    </div>
  );
}

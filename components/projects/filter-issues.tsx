import { getTranslations } from 'next-intl/server';
import type { FilterIssue } from '@/lib/validation/project-filters';

const PARAMS = [
  'q',
  'region',
  'status',
  'type',
  'coverage',
  'country',
  'budgetMin',
  'budgetMax',
  'yearFrom',
  'yearTo',
  'sort',
  'page',
] as const;
const isParam = (p: string): p is (typeof PARAMS)[number] => (PARAMS as readonly string[]).includes(p);

/** Tells the visitor which query-string values were ignored and why. */
export async function FilterIssues({ issues }: { issues: FilterIssue[] }) {
  if (issues.length === 0) return null;
  const t = await getTranslations('projectFilters');
  const message = (issue: FilterIssue) => {
    const args = {
      value: issue.value.slice(0, 80),
      param: isParam(issue.param) ? t(`param.${issue.param}`) : issue.param,
    };
    if (issue.reason === 'unknown') return t('issueUnknown', args);
    if (issue.reason === 'range') return t('issueRange', args);
    return t('issueInvalid', args);
  };
  return (
    <div
      role="status"
      className="mt-4 rounded border border-amber-600 bg-amber-50 p-4 text-amber-950"
      data-testid="filter-issues"
    >
      <p className="font-semibold">{t('issuesHeading')}</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue, i) => (
          <li key={`${issue.param}-${i}`}>{message(issue)}</li>
        ))}
      </ul>
    </div>
  );
}

import { getTranslations } from 'next-intl/server';

/** Submit buttons of a list's bulk form (publish / unpublish / archive the checked rows). */
export async function BulkBar({ legend, formId }: { legend: string; formId: string }) {
  const t = await getTranslations('adminForm.actions');
  const button = 'rounded border border-iom-blue px-3 py-1 text-iom-blue hover:bg-slate-100';
  return (
    <fieldset className="my-3 flex flex-wrap items-center gap-2">
      <legend className="sr-only">{legend}</legend>
      <span aria-hidden="true" className="mr-2 font-semibold">
        {legend}
      </span>
      {(['publish', 'unpublish', 'archive'] as const).map((a) => (
        <button key={a} type="submit" form={formId} name="bulkAction" value={a} className={button}>
          {t(a)}
        </button>
      ))}
    </fieldset>
  );
}

import { getTranslations } from 'next-intl/server';
import type { PublicationState } from '@/lib/domain/project';

type Props = {
  locale: string;
  keyValue: string;
  state: PublicationState;
  pending?: boolean;
  action: (form: FormData) => Promise<void>;
};

/** Publish / unpublish / archive one record (the same server action as the list's bulk form). */
export async function StateButtons({ locale, keyValue, state, pending, action }: Props) {
  const t = await getTranslations('adminForm.actions');
  const available = (['publish', 'unpublish', 'archive'] as const).filter(
    (a) =>
      !(
        (a === 'publish' && state === 'published' && !pending) ||
        (a === 'unpublish' && state === 'draft') ||
        (a === 'archive' && state === 'archived')
      ),
  );
  return (
    <form action={action} className="mb-4 flex flex-wrap gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="keys" value={keyValue} />
      {available.map((a) => (
        <button
          key={a}
          type="submit"
          name="bulkAction"
          value={a}
          className="rounded border border-iom-blue px-3 py-1 text-iom-blue hover:bg-slate-100"
        >
          {t(a)}
        </button>
      ))}
    </form>
  );
}

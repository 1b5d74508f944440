'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError, FormMessage } from '@/components/admin/field-error';
import { saveReferenceAction, type ReferenceState } from '@/lib/actions/reference';
import type { ReferenceItem } from '@/lib/data/reference-admin';
import { localisedName, routing, type LocalisedNames } from '@/lib/i18n/routing';
import type { ReferenceKind } from '@/lib/validation/reference';

type Props = { locale: string; kind: ReferenceKind; item?: ReferenceItem };

/** One reference item's names in every language and its order (or a new item with its slug), side by side. */
export function ReferenceItemForm({ locale, kind, item }: Props) {
  const t = useTranslations('adminShell.reference');
  const [state, action, pending] = useActionState<ReferenceState, FormData>(saveReferenceAction, { ok: true });
  const errors: Record<string, string | undefined> = state.ok ? {} : (state.fieldErrors ?? {});
  const values: Record<string, string | undefined> = state.ok ? {} : (state.values ?? {});
  const id = `${kind}-${item?.slug ?? 'new'}`;
  const input = (name: 'slug' | 'sortOrder' | keyof LocalisedNames, fallback: string, width: string) => (
    <div className={width}>
      <label htmlFor={`${id}-${name}`} className="block text-sm font-semibold">
        {t(name)}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        defaultValue={values[name] ?? fallback}
        required
        inputMode={name === 'sortOrder' ? 'numeric' : undefined}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`${id}-${name}-error`}
        className="mt-1 w-full rounded border border-slate-500 p-1"
      />
      <FieldError id={`${id}-${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <form
      key={state.ok ? (state.message ?? 'initial') : 'retry'}
      action={action}
      noValidate
      className="border-b border-slate-200 py-2"
      aria-label={item ? item.slug : t('addTitle', { kind: t(kind) })}
    >
      <FormMessage
        id={`${id}-message`}
        error={state.ok ? undefined : state.formError}
        message={state.ok ? state.message : undefined}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      <div className="flex flex-wrap items-start gap-2">
        {item ? <input type="hidden" name="slug" value={item.slug} /> : input('slug', '', 'w-40')}
        {item && <input type="hidden" name="version" value={item.version} />}
        {item && <p className="w-40 pt-6 font-mono text-sm">{item.slug}</p>}
        {routing.locales.map((l) => {
          const column = localisedName('name', l);
          return input(column, item?.[column] ?? '', 'min-w-48 flex-1');
        })}
        {input('sortOrder', String(item?.sortOrder ?? 0), 'w-20')}
        <button
          type="submit"
          disabled={pending}
          className="mt-6 rounded bg-iom-blue px-3 py-1 font-semibold text-white hover:bg-iom-blue-dark"
        >
          {item ? t('save') : t('add')}
        </button>
      </div>
    </form>
  );
}

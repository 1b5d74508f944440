'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Option } from '@/lib/actions/form-state';

// Form controls of the staff forms: label, hint and error region tied to the control with aria-describedby.
const control = 'mt-1 w-full rounded border border-slate-500 p-2 aria-[invalid=true]:border-red-700';

type Common = { name: string; label: string; error?: string; hint?: string; lang?: string };

function describedBy(name: string, hint?: string) {
  return [hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(' ');
}

function Help({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-red-700">
        {error ?? ''}
      </p>
    </>
  );
}

/** One-line text input. */
export function TextField({
  name,
  label,
  error,
  hint,
  lang,
  value,
  type = 'text',
  inputMode,
}: Common & { value: string; type?: string; inputMode?: 'numeric' | 'decimal' | 'url' | 'email' | 'tel' }) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        inputMode={inputMode}
        defaultValue={value}
        lang={lang}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint)}
        className={control}
      />
      <Help name={name} hint={hint} error={error} />
    </div>
  );
}

/** Multi-line text. */
export function TextArea({
  name,
  label,
  error,
  hint,
  lang,
  value,
  rows = 5,
}: Common & { value: string; rows?: number }) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={value}
        lang={lang}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint)}
        className={control}
      />
      <Help name={name} hint={hint} error={error} />
    </div>
  );
}

/** Single choice from a list; an empty first option when `empty` is given. */
export function SelectField({
  name,
  label,
  error,
  hint,
  value,
  options,
  empty,
}: Common & { value: string; options: Option[]; empty?: string }) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint)}
        className={control}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Help name={name} hint={hint} error={error} />
    </div>
  );
}

/** Searchable multi-select: a checkbox list with a filter box (without JavaScript the whole list is shown). */
export function CheckboxList({
  name,
  label,
  error,
  hint,
  options,
  selected,
}: Common & { options: Option[]; selected: string[] }) {
  const t = useTranslations('adminForm');
  const [filter, setFilter] = useState('');
  const [checked, setChecked] = useState(() => new Set(selected));
  const listId = useId();
  const needle = filter.trim().toLocaleLowerCase();
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLocaleLowerCase();
  const sorted = [...options].sort((a, b) => Number(selected.includes(b.value)) - Number(selected.includes(a.value)));
  return (
    <fieldset aria-describedby={describedBy(name, hint)} className="rounded border border-slate-400 p-3">
      <legend className="px-1 font-semibold">
        {label} <span className="font-normal text-slate-700">({t('selectedCount', { count: checked.size })})</span>
      </legend>
      <label htmlFor={`${name}-filter`} className="block text-sm">
        {t('filter')}
      </label>
      <input
        id={`${name}-filter`}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={t('filterPlaceholder')}
        aria-controls={listId}
        className="mt-1 w-full max-w-sm rounded border border-slate-500 p-1"
        form="__none"
      />
      <ul id={listId} className="mt-2 max-h-56 overflow-y-auto">
        {sorted.map((o) => {
          const id = `${name}-${o.value}`;
          const hidden = needle !== '' && !norm(`${o.value} ${o.label}`).includes(norm(needle));
          return (
            <li key={o.value} hidden={hidden}>
              <input
                type="checkbox"
                id={id}
                name={name}
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                onChange={(e) =>
                  setChecked((prev) => {
                    const next = new Set(prev);
                    if (e.target.checked) next.add(o.value);
                    else next.delete(o.value);
                    return next;
                  })
                }
              />
              <label htmlFor={id} className="ml-2">
                {o.label}
              </label>
            </li>
          );
        })}
      </ul>
      <Help name={name} hint={hint} error={error} />
    </fieldset>
  );
}

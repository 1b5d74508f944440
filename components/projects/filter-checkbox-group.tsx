type Option = { value: string; label: string; count?: number };
type Props = {
  name: string;
  legend: string;
  options: Option[];
  selected: readonly string[];
  countLabel?: (n: number) => string;
  hint?: string;
  scroll?: boolean;
};

/**
 * A fieldset of checkboxes for one multi-valued filter, with an optional count of matching items per choice; a long
 * list (`scroll`) sits in its own scrolling box. Each row is a tap target of at least 44 px on phones.
 */
export function FilterCheckboxGroup({ name, legend, options, selected, countLabel, hint, scroll = false }: Props) {
  const hintId = hint ? `filter-${name}-hint` : undefined;
  return (
    <fieldset data-filter={name} aria-describedby={hintId}>
      <legend className="font-semibold">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <div className={scroll ? 'mt-1 max-h-64 overflow-y-auto rounded border border-slate-300 px-2 lg:max-h-56' : ''}>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 cursor-pointer items-center gap-3 py-1 lg:min-h-8 lg:gap-2">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="size-5 shrink-0 lg:size-4"
            />
            <span>
              {o.label}
              {o.count !== undefined && countLabel && (
                <span className="text-slate-700" data-count={o.count}>
                  {' '}
                  ({countLabel(o.count)})
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type Option = { value: string; label: string; count?: number };
type Props = {
  name: string;
  legend: string;
  options: Option[];
  selected: string[];
  countLabel?: (n: number) => string;
  scroll?: boolean;
};

/** A fieldset of checkboxes for one multi-valued filter, with an optional count of matching projects per choice. */
export function FilterCheckboxGroup({ name, legend, options, selected, countLabel, scroll = false }: Props) {
  return (
    <fieldset data-filter={name}>
      <legend className="font-semibold">{legend}</legend>
      <div className={scroll ? 'mt-1 max-h-48 overflow-y-auto rounded border border-slate-300 p-2' : ''}>
        {options.map((o) => (
          <label key={o.value} className="mt-1 flex items-start gap-2">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="mt-1.5"
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

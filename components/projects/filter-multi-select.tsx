type Option = { value: string; label: string };
type Props = { name: string; label: string; hint: string; options: Option[]; selected: string[] };

/** A multiple select for a long list (countries): light markup, repeated parameters on submit, works without JS. */
export function FilterMultiSelect({ name, label, hint, options, selected }: Props) {
  return (
    <div data-filter={name}>
      <label htmlFor={`filter-${name}`} className="block font-semibold">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        multiple
        size={6}
        defaultValue={selected}
        aria-describedby={`filter-${name}-hint`}
        className="mt-1 w-full rounded border border-slate-500 p-1"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={`filter-${name}-hint`} className="mt-1 text-sm text-slate-700">
        {hint}
      </p>
    </div>
  );
}

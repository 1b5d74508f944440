import type { ReactNode } from 'react';

/** One row: a stable key (for tests and print styles), the label, and the value or null when not stated. */
export type Fact = [key: string, label: string, value: ReactNode];

/** A record's fields as a definition list in a titled box; a missing value reads `missing`. */
export function FactList({ title, facts, missing }: { title: string; facts: Fact[]; missing: string }) {
  return (
    <aside aria-labelledby="details" className="rounded border border-slate-200 p-4">
      <h2 id="details" className="text-xl font-semibold">
        {title}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {facts.map(([key, label, value]) => (
          <div key={key} className="contents" data-field={key}>
            <dt className="font-semibold">{label}</dt>
            <dd>{value ?? missing}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

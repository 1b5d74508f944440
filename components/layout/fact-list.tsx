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
      {/* The label column is as wide as its longest label (max-content), beside the values from sm; stacked on phones. */}
      <dl className="mt-2 grid grid-cols-1 gap-x-4 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-2">
        {facts.map(([key, label, value]) => (
          <div key={key} className="contents" data-field={key}>
            <dt className="mt-2 font-semibold sm:mt-0">{label}</dt>
            <dd className="break-words">{value ?? missing}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

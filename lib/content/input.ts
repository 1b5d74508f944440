import type { ContentModel } from '@/lib/content/field';
import type { AppLocale } from '@/lib/i18n/routing';

// The validated input of a content model, as a type computed from the model: a field added to the model is in
// the input (and so in every `satisfies Record<…>` over it) without anyone writing it again.
type ValueOf<F> = F extends { type: 'key' | 'ref' }
  ? string
  : F extends { type: 'choice'; values: readonly (infer V)[] }
    ? V
    : F extends { type: 'links' }
      ? string[]
      : F extends { type: 'year' }
        ? number | null
        : string | null;

type Columns<N extends string, F> = F extends { type: 'text'; translated: true } ? `${N}${Capitalize<AppLocale>}` : N;

/** The validated values of a model's fields, one key per stored name (`titleEn`, `titleFr`, `status`…). */
export type ModelInput<M extends ContentModel> = {
  [K in keyof M['fields'] as Columns<K & string, M['fields'][K]>]: ValueOf<M['fields'][K]>;
} & { intent?: 'draft' | 'publish' | undefined };

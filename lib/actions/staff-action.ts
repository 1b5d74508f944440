import 'server-only';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { readFields, type ActionResult, formOf } from '@/lib/actions/form-state';
import { clientIpFrom } from '@/lib/audit/client-ip';
import { checkRole, type Actor, type StaffRole } from '@/lib/auth/session';
import { localeOr } from '@/lib/i18n/routing';

// The one wrapper of the staff actions that answer a form with the one result shape (`ActionResult`): it refuses a
// post that is not a form, reads the named fields (bounded), checks the role and the Origin (a refusal is audited),
// validates with zod and turns its issues into localised messages next to the fields, then runs the action with
// the signed-in staff member. Record forms take the same steps through lib/actions/record-form.ts (their result
// also carries the conflict).

/** Message namespaces whose `errors.<key>` say why a staff form was refused. */
type Namespace = 'adminUsers' | 'adminShell.reference' | 'auth.account';
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What an action's body receives once the wrapper has let the post through. */
export type StaffActionContext<F extends string> = {
  actor: Actor;
  t: Translate;
  ip: string | null;
  /** What was typed, to give back to the form on failure. */
  values: Record<F, string>;
  formData: FormData;
};

type Spec<F extends string, T> = {
  role: StaffRole;
  namespace: Namespace;
  fields: readonly F[];
  /** Longest value read from each field. */
  max?: number;
  schema: z.ZodType<T>;
  /** The attempt as the audit log names it when it is refused. */
  attempted: (values: Record<F, string>) => { action: string; recordType?: string; recordId?: string };
  /** Fields never given back to the form (passwords). */
  secret?: readonly F[];
  /** When the input is invalid, this one form-level `errors.<key>` instead of messages next to the fields. */
  invalid?: string;
};

/** Wraps a staff form action: form check, role and Origin, zod errors as localised messages, one result shape. */
export function staffAction<F extends string, T>(
  spec: Spec<F, T>,
  run: (input: T, ctx: StaffActionContext<F>) => Promise<ActionResult<Record<F, string>>>,
): (prev: ActionResult<Record<F, string>>, formData: FormData) => Promise<ActionResult<Record<F, string>>> {
  return async (_prev, formData) => {
    // A direct post may send anything as the argument; only a form is read.
    const form = formOf(formData);
    const t = (await getTranslations({
      locale: localeOr(form.get('locale')),
      namespace: spec.namespace,
    })) as unknown as Translate;
    const fields = readFields(form, spec.fields, spec.max ?? 1000);
    const values = { ...fields };
    for (const name of spec.secret ?? []) values[name] = '';
    const access = await checkRole(spec.role, spec.attempted(fields));
    if (!access.ok) return { ok: false, formError: t('errors.denied'), values };
    const parsed = spec.schema.safeParse(fields);
    if (!parsed.success) {
      if (spec.invalid && spec.invalid !== 'fields')
        return { ok: false, formError: t(`errors.${spec.invalid}`), values };
      const fieldErrors: Partial<Record<F, string>> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0]) as F] ??= t(`errors.${issue.message}`);
      return { ok: false, fieldErrors, formError: t('errors.formInvalid'), values };
    }
    const ip = clientIpFrom(await headers());
    return run(parsed.data, { actor: access.actor, t, ip, values, formData: form });
  };
}

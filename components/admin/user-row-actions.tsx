'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { changeRoleAction, setDisabledAction, type UserRowState } from '@/lib/actions/users';

type Props = { locale: string; user: { id: string; name: string; role: 'admin' | 'editor'; disabled: boolean } };

const small = 'rounded border border-iom-blue px-2 py-1 text-sm text-iom-blue hover:bg-slate-100';

/** Role change and disable/enable for one account, with the outcome announced next to them. */
export function UserRowActions({ locale, user }: Props) {
  const t = useTranslations('adminUsers');
  const ts = useTranslations('adminShell');
  const [roleState, roleAction] = useActionState<UserRowState, FormData>(changeRoleAction, { ok: true });
  const [stateState, stateAction] = useActionState<UserRowState, FormData>(setDisabledAction, { ok: true });
  const outcome = [roleState, stateState].find((s) => !s.ok) ?? [roleState, stateState].find((s) => s.ok && s.message);
  const text = outcome ? (outcome.ok ? outcome.message : outcome.formError) : '';
  return (
    // Stacked (role, then disable/enable, then the outcome) so the actions column stays narrow.
    <div className="flex flex-col items-start gap-2">
      <form action={roleAction} className="flex flex-wrap items-center gap-1">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="userId" value={user.id} />
        <label htmlFor={`role-${user.id}`} className="sr-only">{`${t('changeRole')} – ${user.name}`}</label>
        <select
          id={`role-${user.id}`}
          name="role"
          defaultValue={user.role}
          className="rounded border border-slate-500 p-1 text-sm"
        >
          <option value="editor">{ts('roleEditor')}</option>
          <option value="admin">{ts('roleAdmin')}</option>
        </select>
        <button type="submit" className={small}>
          {t('saveRole')}
        </button>
      </form>
      <form action={stateAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="disabled" value={user.disabled ? '0' : '1'} />
        <button
          type="submit"
          className={small}
          aria-label={`${user.disabled ? t('enable') : t('disable')} – ${user.name}`}
        >
          {user.disabled ? t('enable') : t('disable')}
        </button>
      </form>
      <p role="status" className={outcome && !outcome.ok ? 'text-sm text-red-700' : 'text-sm text-green-800'}>
        {text}
      </p>
    </div>
  );
}

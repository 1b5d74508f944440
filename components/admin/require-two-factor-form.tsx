'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/admin/field-error';
import { requireTwoFactorAction, type SettingState } from '@/lib/actions/account';

/** Admin setting: require a second factor for every account. */
export function RequireTwoFactorForm({ locale, required }: { locale: string; required: boolean }) {
  const t = useTranslations('auth.account');
  const [state, action, pending] = useActionState<SettingState, FormData>(requireTwoFactorAction, { ok: true });
  return (
    <form action={action} aria-labelledby="settings-title" className="rounded border border-slate-300 p-4">
      <h2 id="settings-title" className="text-xl font-semibold">
        {t('settingsTitle')}
      </h2>
      <FormMessage
        id="settings-message"
        error={state.ok ? undefined : state.formError}
        message={state.ok ? state.message : undefined}
      />
      <input type="hidden" name="locale" value={locale} />
      <label className="mt-3 flex items-center gap-2">
        <input type="checkbox" name="require2fa" defaultChecked={required} />
        {t('require2fa')}
      </label>
      <button
        type="submit"
        disabled={pending}
        className="mt-3 rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
      >
        {t('require2faSave')}
      </button>
    </form>
  );
}

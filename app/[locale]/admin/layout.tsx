import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { getActor } from '@/lib/auth/session';
import { localeOr } from '@/lib/i18n/routing';

// Staff pages are per-user: never prerendered, never indexed (Cache-Control: no-store is set in proxy.ts).
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function AdminLayout({ children, params }: Props) {
  const { locale: requested } = await params;
  const locale = localeOr(requested);
  setRequestLocale(locale);
  const actor = await getActor();
  // Client forms of the staff section read their texts from the provider.
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={messages}>
      {actor && <AdminNav actor={actor} locale={locale} />}
      {children}
    </NextIntlClientProvider>
  );
}

import Link from 'next/link';
import { routing } from '@/lib/i18n/routing';
import { PLAIN_MESSAGES } from '@/lib/security/plain-page';

const OTHER_LOCALES = routing.locales.filter((l) => l !== routing.defaultLocale);

// Paths outside any locale: answer in every language, since none can be chosen (the default one first).
export default function GlobalNotFound() {
  const m = PLAIN_MESSAGES[routing.defaultLocale].notFound;
  return (
    <html lang={routing.defaultLocale}>
      <body className="mx-auto max-w-2xl p-8 font-sans text-slate-900">
        <main>
          <h1 className="text-2xl font-bold">{m.title}</h1>
          <p className="mt-2">{m.body}</p>
          <p className="mt-2">
            <Link className="text-iom-blue underline" href={`/${routing.defaultLocale}`}>
              {m.home}
            </Link>
          </p>
          {OTHER_LOCALES.map((locale) => {
            const other = PLAIN_MESSAGES[locale].notFound;
            return (
              <div key={locale} lang={locale} className="mt-8">
                <h2 className="text-xl font-bold">{other.title}</h2>
                <p className="mt-2">{other.body}</p>
                <p className="mt-2">
                  <Link className="text-iom-blue underline" href={`/${locale}`}>
                    {other.home}
                  </Link>
                </p>
              </div>
            );
          })}
        </main>
      </body>
    </html>
  );
}

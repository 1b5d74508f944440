import Link from 'next/link';
import { routing } from '@/lib/i18n/routing';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

// Paths outside any locale: answer in both languages, since none can be chosen.
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body className="mx-auto max-w-2xl p-8 font-sans text-slate-900">
        <main>
          <h1 className="text-2xl font-bold">{fr.notFound.title}</h1>
          <p className="mt-2">{fr.notFound.body}</p>
          <p className="mt-2">
            <Link className="text-iom-blue underline" href="/fr">
              {fr.notFound.home}
            </Link>
          </p>
          <div lang="en" className="mt-8">
            <h2 className="text-xl font-bold">{en.notFound.title}</h2>
            <p className="mt-2">{en.notFound.body}</p>
            <p className="mt-2">
              <Link className="text-iom-blue underline" href="/en">
                {en.notFound.home}
              </Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}

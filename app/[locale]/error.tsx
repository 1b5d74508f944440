'use client';

import { useMessages } from 'next-intl';

type ErrorMessages = { error: { title: string; body: string; retry: string } };

// Plain strings from the messages the layout hands to the client (no ICU arguments here), so public pages do not
// ship a message formatter to the browser for this rare page.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { error: m } = useMessages() as unknown as ErrorMessages;
  return (
    <div role="alert">
      <h1 className="text-3xl font-bold text-iom-blue-dark">{m.title}</h1>
      <p className="mt-3">{m.body}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-iom-blue px-4 py-2 font-semibold text-white">
        {m.retry}
      </button>
    </div>
  );
}

import { headers } from 'next/headers';

type Props = {
  /** A stable id for the field (the label, the button and the script find it by it); no user input. */
  id: string;
  label: string;
  hint?: string;
  value: string;
  copy: string;
  copied: string;
  multiline?: boolean;
};

/**
 * A read-only text to take away (a permalink, the code of an <iframe>), with a "Copy" button. Without script the
 * text is there to select; with script (a few nonced lines, not a client component, so public pages stay free of
 * the client runtime) the button appears and copies it.
 */
export async function CopyField({ id, label, hint, value, copy, copied, multiline = false }: Props) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const field = {
    id,
    readOnly: true,
    value,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    className: 'min-h-11 w-full min-w-0 rounded border border-slate-500 bg-slate-50 p-2 font-mono text-xs',
  };
  // The ids are constants of the calling page, never typed by a visitor.
  const script = `(function(){var b=document.getElementById(${JSON.stringify(`${id}-copy`)}),f=document.getElementById(${JSON.stringify(id)});if(!b||!f||!navigator.clipboard)return;b.hidden=false;b.addEventListener('click',function(){navigator.clipboard.writeText(f.value).then(function(){b.textContent=b.getAttribute('data-copied');});});})();`;
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <div className="mt-1 flex items-start gap-2">
        {multiline ? <textarea rows={3} {...field} /> : <input type="text" {...field} />}
        <button
          type="button"
          id={`${id}-copy`}
          hidden
          data-copied={copied}
          className="min-h-11 shrink-0 rounded border border-iom-blue px-3 font-semibold text-iom-blue hover:bg-slate-100"
        >
          {copy}
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />
    </div>
  );
}

/** The error line of a form field, referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="mt-1 text-sm text-red-700" aria-live="polite">
      {message ?? ''}
    </p>
  );
}

/** The form-level error (or success) message region. */
export function FormMessage({ id, error, message }: { id: string; error?: string; message?: string }) {
  if (error) {
    return (
      <p id={id} role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-800">
        {error}
      </p>
    );
  }
  return (
    <p
      id={id}
      role="status"
      className={message ? 'mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}
    >
      {message ?? ''}
    </p>
  );
}

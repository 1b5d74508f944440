// Timeouts that a busy event loop does not trip by itself. Node.js runs due timers before it reads the sockets, so a
// loop kept busy (rendering pages) for longer than a timeout fires the timer even when the answer arrived in time and
// waits, unread, in the socket. The timeout here gives the loop one more turn, in which it reads what has arrived,
// and fails only what is still unanswered then.

/** `promise`, or a rejection with `message` when it has not settled `ms` milliseconds from now (see above). */
export function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      // After this timers phase comes the poll phase (sockets read), then setImmediate's.
      setImmediate(() => {
        if (settled) return;
        settled = true;
        reject(new Error(message));
      });
    }, ms);
    promise.then(
      (value) => {
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        settled = true;
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

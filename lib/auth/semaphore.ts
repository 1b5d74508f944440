// A counting semaphore in memory: a burst of password checks waits here, holding nothing (no database connection).

export type Semaphore = {
  /** Runs `task` once fewer than `limit` tasks are running; tasks start in the order they asked. */
  run: <T>(task: () => Promise<T>) => Promise<T>;
  /** How many tasks are waiting for a turn. */
  readonly waiting: number;
};

/** A semaphore letting `limit` tasks run at once. */
export function createSemaphore(limit: number): Semaphore {
  let running = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    // The turn passes straight to the next task, so `running` stays the same.
    if (next) next();
    else running -= 1;
  };
  return {
    get waiting() {
      return queue.length;
    },
    async run(task) {
      if (running < limit) running += 1;
      else await new Promise<void>((resolve) => queue.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

/**
 * Two one-item batches, the second held back until `release()`: whether a streamed export sent its first bytes
 * before reading its last batch (`lastRead()` is still false then).
 */
export function heldBatches<T>(first: T, second: T) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let read = false;
  async function* batches() {
    yield [first];
    await held;
    read = true;
    yield [second];
  }
  return { batches, release: () => release(), lastRead: () => read };
}

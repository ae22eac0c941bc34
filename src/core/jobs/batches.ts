/** Lets the event loop serve what waits (HTTP requests, timers) before the caller goes on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export interface BatchOptions {
  /** Rows read per batch (default 100). */
  size?: number;
  /** After this much work the loop yields to the event loop, even inside a batch (default 50 ms). */
  sliceMs?: number;
}

/**
 * Works through every row a query finds, however many, in small batches that never starve the server: `page` reads
 * the next keys after the last one handled (in key order, at most `limit`), `each` handles one key in its own short
 * transaction, and between batches (and whenever a slice of time is used up) the loop yields so that requests
 * queued meanwhile run first. Keys are read after the last one seen, so a row `each` leaves as it was is not read
 * again. Resolves with the number of keys for which `each` returned true.
 */
export async function inBatches<K>(
  page: (after: K | undefined, limit: number) => Promise<K[]>,
  each: (key: K) => Promise<boolean>,
  { size = 100, sliceMs = 50 }: BatchOptions = {},
): Promise<number> {
  let after: K | undefined;
  let done = 0;
  let sliceStart = performance.now();
  for (;;) {
    const keys = await page(after, size);
    for (const key of keys) {
      if (await each(key)) done++;
      if (performance.now() - sliceStart >= sliceMs) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    if (keys.length < size) return done;
    after = keys.at(-1);
    await yieldToEventLoop();
    sliceStart = performance.now();
  }
}

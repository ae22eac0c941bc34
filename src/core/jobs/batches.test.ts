import { describe, expect, it } from 'vitest';
import { inBatches } from './batches.js';

describe('inBatches', () => {
  const keys = Array.from({ length: 250 }, (_, i) => i + 1);
  const pageOf = (reads: number[]) => async (after: number | undefined, limit: number) => {
    const page = keys.filter((k) => after === undefined || k > after).slice(0, limit);
    reads.push(page.length);
    return page;
  };

  it('handles every key, reading them a batch at a time after the last one seen', async () => {
    const reads: number[] = [];
    const seen: number[] = [];
    const done = await inBatches(pageOf(reads), async (k) => (seen.push(k), k % 2 === 0), { size: 100 });
    expect(seen).toEqual(keys);
    expect(reads).toEqual([100, 100, 50]);
    expect(done).toBe(125);
  });

  it('lets the event loop run between batches', async () => {
    let immediates = 0;
    const seenAtRead: number[] = [];
    await inBatches(
      async (after: number | undefined, limit: number) => {
        seenAtRead.push(immediates);
        setImmediate(() => immediates++);
        return keys.filter((k) => after === undefined || k > after).slice(0, limit);
      },
      async () => true,
      { size: 100, sliceMs: 60_000 },
    );
    // what was queued while a batch ran has run before the next batch is read
    expect(seenAtRead).toEqual([0, 1, 2]);
  });

  it('yields inside a batch once its slice of time is used up', async () => {
    let immediates = 0;
    const seen: number[] = [];
    await inBatches(
      async (after: number | undefined, limit: number) => keys.filter((k) => after === undefined || k > after).slice(0, limit),
      async (k) => {
        if (k === 1) setImmediate(() => immediates++);
        if (k === 2) seen.push(immediates);
        return true;
      },
      { size: 100, sliceMs: 0 },
    );
    expect(seen).toEqual([1]);
  });
});

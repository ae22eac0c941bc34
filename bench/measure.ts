/** One operation a benchmark times; `i` is the round, to vary inputs. */
export interface TimedOperation {
  label: string;
  fn: (i: number) => Promise<unknown>;
}

/**
 * Times several operations in turns (one of each per round, after `warmup` rounds), so that a
 * machine busy with something else for a while weighs on every figure alike; progress on stderr.
 * Returns per operation the median (p50), p90 and p95 in milliseconds.
 */
export async function measureInTurns(rounds: number, ops: TimedOperation[], warmup = 10): Promise<{ label: string; p50: number; p90: number; p95: number }[]> {
  for (let i = 0; i < warmup; i++) for (const op of ops) await op.fn(i);
  const times = ops.map(() => [] as number[]);
  const every = Math.max(1, Math.round(rounds / 20));
  for (let i = 0; i < rounds; i++) {
    for (const [k, op] of ops.entries()) {
      const t0 = performance.now();
      await op.fn(i);
      times[k]!.push(performance.now() - t0);
    }
    if (i % every === 0) process.stderr.write(`\r  round ${i}/${rounds}`);
  }
  process.stderr.write(`\r  round ${rounds}/${rounds}\n`);
  const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
  return ops.map((op, k) => {
    const sorted = times[k]!.sort((a, b) => a - b);
    return { label: op.label, p50: at(sorted, 0.5), p90: at(sorted, 0.9), p95: at(sorted, 0.95) };
  });
}

/**
 * Throughput of several write operations in turns: each does `total` items (its `fn(i)` for i = 0 … total − 1,
 * distinct items per operation), `concurrency` at a time, in `rounds` chunks taken one operation after the other, so
 * that a machine busy with something else weighs on every figure alike. Returns per operation the median chunk's
 * rate (items per second) and the time one item took on its connection (ms); progress on stderr. An operation's
 * `settle` runs after each of its chunks, untimed (e.g. the job runner dispatching the events the chunk queued), and
 * its time per item is returned apart (`settleMsEach`).
 */
export async function throughputInTurns(
  total: number,
  concurrency: number,
  rounds: number,
  ops: (TimedOperation & { settle?: () => Promise<unknown> })[],
): Promise<{ label: string; perSecond: number; msEach: number; rates: number[]; settleMsEach: number }[]> {
  const settleMs = ops.map(() => 0);
  const rates = ops.map(() => [] as number[]);
  const chunk = Math.ceil(total / rounds);
  for (let r = 0; r < rounds; r++) {
    const from = r * chunk;
    const to = Math.min(total, from + chunk);
    for (const [k, op] of ops.entries()) {
      let next = from;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let i = next++; i < to; i = next++) await op.fn(i);
        }),
      );
      rates[k]!.push((to - from) / ((performance.now() - t0) / 1000));
      if (op.settle) {
        const s0 = performance.now();
        await op.settle();
        settleMs[k]! += performance.now() - s0;
      }
    }
    process.stderr.write(`\r  round ${r + 1}/${rounds} (${ops.map((op, k) => `${op.label} ${rates[k]!.at(-1)!.toFixed(0)}/s`).join(', ')})   `);
  }
  process.stderr.write('\n');
  return ops.map((op, k) => {
    const sorted = [...rates[k]!].sort((a, b) => a - b);
    const perSecond = sorted[Math.floor(sorted.length / 2)]!;
    return { label: op.label, perSecond, msEach: (1000 * concurrency) / perSecond, rates: rates[k]!, settleMsEach: settleMs[k]! / total };
  });
}

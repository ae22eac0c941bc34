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

import { describe, expect, it } from 'vitest';
import { runGorod, runGorodToEnd } from './gorod-process.js';

// `gorod pb compute` needs no database: no DATA_DIR is given, and none is created.
const stdoutOf = async (args: string[]) => {
  const p = runGorod(args, {});
  let stdout = '';
  p.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  const code = await p.exited;
  return { code, stdout };
};

describe('gorod pb compute FILE', () => {
  it('reproduces the official Wieliczka 2023 green budget: equal shares, cost utility, add1-full', async () => {
    const r = await stdoutOf([
      'pb',
      'compute',
      '--rule',
      'equal-shares',
      '--utility',
      'cost',
      '--completion',
      'add1-full',
      'data/pabulib/poland_wieliczka_2023_green-budget.pb',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ rule: 'equal-shares', budget: 1000000, cost: 995079 });
    expect(out.selected).toHaveLength(30);
    expect(r.stdout.trim().split('\n')).toHaveLength(1); // nothing else on stdout
  });

  it('greedy on Warsaw 2017 Anin picks the real-world winners', async () => {
    const r = await stdoutOf(['pb', 'compute', '--rule', 'greedy', 'data/pabulib/poland_warszawa_2017_anin.pb']);
    expect(JSON.parse(r.stdout)).toEqual({ rule: 'greedy', budget: 122468, cost: 121770, selected: ['1828', '1998', '2515', '2533', '2584', '418'] });
  });

  it('says what is wrong with an unknown rule or a missing file (exit code 2)', async () => {
    const bad = await runGorodToEnd(['pb', 'compute', '--rule', 'majority', 'x.pb'], {});
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/--rule must be one of: greedy, equal-shares/);
    const missing = await runGorodToEnd(['pb', 'compute', 'no-such.pb'], {});
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/no-such\.pb does not exist/);
  });
});

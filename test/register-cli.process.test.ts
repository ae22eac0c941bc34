import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGorod, runGorodToEnd } from './gorod-process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-register-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('gorod register import FILE.csv', () => {
  it('imports the residents register: progress and bad lines on stderr, the counts as JSON on stdout', async () => {
    const file = path.join(dataDir, 'register.csv');
    const rows = Array.from({ length: 2500 }, (_, i) => `4010 ${String(100000 + i)},nevsky,1980-01-${String((i % 28) + 1).padStart(2, '0')}`);
    fs.writeFileSync(file, ['document_number,district,birth_date', ...rows, 'short,nevsky,1980-01-01'].join('\n'));
    // the register names districts: fill the demo city (St Petersburg) first
    expect((await runGorodToEnd(['seed'], { DATA_DIR: dataDir })).code).toBe(0);
    const p = runGorod(['register', 'import', file], { DATA_DIR: dataDir });
    let stdout = '';
    p.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    expect(await p.exited).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ lines: 2501, imported: 2500, problems: 1, entries: 2500 });
    expect(p.output()).toContain('register: 2500/2500');
    expect(p.output()).toMatch(/Line 2502: A document number has 6 to 20 letters and digits\./);
  }, 120_000);

  it('says plainly what is wrong with a missing file or one without usable rows (exit code 2)', async () => {
    const missing = await runGorodToEnd(['register', 'import', 'no-such-file.csv'], { DATA_DIR: dataDir });
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/Cannot read .*no-such-file\.csv: no such file/);
    const foreign = path.join(dataDir, 'foreign.csv');
    fs.writeFileSync(foreign, 'passport;town\n1;2\n');
    const wrong = await runGorodToEnd(['register', 'import', foreign], { DATA_DIR: dataDir });
    expect(wrong.code).toBe(2);
    expect(wrong.output).toMatch(
      /The file has no usable rows: Line 1: The first line must name the columns document_number, district, birth_date; missing: document_number, district, birth_date\./,
    );
  }, 60_000);
});

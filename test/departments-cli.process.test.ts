import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGorod, runGorodToEnd } from './gorod-process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-departments-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const header = 'id,name_ru,name_en,kind,district,phone,email,address,website';
const file = (name: string, text: string) => {
  const p = path.join(dataDir, name);
  fs.writeFileSync(p, text);
  return p;
};

describe('gorod departments import FILE.csv', () => {
  // (what an import writes, updates and refuses is tested on the route: src/modules/reports/http/departments.db.test.ts)
  it('imports a list: progress on stderr, the counts as JSON on stdout; a second run changes nothing', async () => {
    const csv = file('ok.csv', `${header}\ncli-water,Водоканал,Water utility,utility,,+7 812 305-09-09,,,\ncli-roads,Дороги,Roads,city_committee,,,,,\n`);
    const p = runGorod(['departments', 'import', csv], { DATA_DIR: dataDir });
    let stdout = '';
    p.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    expect(await p.exited).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ dryRun: false, created: 2, updated: 0, unchanged: 0, problems: [] });
    expect(p.output()).toContain('departments: 2/2');
    const again = await runGorodToEnd(['departments', 'import', csv, '--dry-run'], { DATA_DIR: dataDir });
    expect(again.code).toBe(0);
    expect(again.output).toContain('"unchanged":2');
  });

  it('names every bad line and writes nothing (exit code 2); a missing file is said plainly', async () => {
    const bad = file('bad.csv', `${header}\ncli-good,Хороший,Good one,other,,,,,\ncli-bad,Плохой,Bad one,ministry,,,,,\ncli-short,x\n`);
    const refused = await runGorodToEnd(['departments', 'import', bad], { DATA_DIR: dataDir });
    expect(refused.code).toBe(2);
    expect(refused.output).toMatch(/2 problems, so nothing was imported/);
    expect(refused.output).toMatch(/line 3: Kind: choose one of/);
    expect(refused.output).toMatch(/line 4: 2 cells instead of 9/);
    const check = await runGorodToEnd(['departments', 'import', file('check.csv', `${header}\ncli-good,Хороший,Good one,other,,,,,\n`), '--dry-run'], {
      DATA_DIR: dataDir,
    });
    expect(check.output).toContain('"created":1');
    const missing = await runGorodToEnd(['departments', 'import', 'no-such-file.csv'], { DATA_DIR: dataDir });
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/no-such-file\.csv does not exist/);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGorod, runGorodToEnd } from './gorod-process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-classifier-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('gorod classifier import FILE', () => {
  // (re-importing is tested on the use case: src/modules/reports/http/classifier.db.test.ts)
  it('imports the «Наш СПб» file: progress on stderr, the counts as JSON on stdout', async () => {
    const p = runGorod(['classifier', 'import', 'data/spb_our_spb_classifier_api_v4.json'], { DATA_DIR: dataDir });
    let stdout = '';
    p.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    expect(await p.exited).toBe(0);
    // with the English names shipped next to it (data/spb_our_spb_classifier_en.json): all 361 items
    expect(JSON.parse(stdout)).toEqual({ objects: 20, categories: 64, reasons: 277, archived: 78, english: 361 });
    expect(p.output()).toContain('reasons: 277/277');
    expect(p.output()).toContain('English names from');
    // a re-import of the Russian only keeps them
    const again = await runGorodToEnd(['classifier', 'import', '--no-english', 'data/spb_our_spb_classifier_api_v4.json'], { DATA_DIR: dataDir });
    expect(again.code).toBe(0);
    expect(again.output).not.toContain('English names from');
  });

  it('says plainly what is wrong with a missing or foreign file (exit code 2)', async () => {
    const missing = await runGorodToEnd(['classifier', 'import', 'no-such-file.json'], { DATA_DIR: dataDir });
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/no-such-file\.json does not exist/);
    const foreign = path.join(dataDir, 'foreign.json');
    fs.writeFileSync(foreign, JSON.stringify({ services: [] }));
    const wrong = await runGorodToEnd(['classifier', 'import', foreign], { DATA_DIR: dataDir });
    expect(wrong.code).toBe(2);
    expect(wrong.output).toMatch(/is not a «Наш СПб» classifier \(API v4 JSON\): \(root\): .*expected array/);
  });
});

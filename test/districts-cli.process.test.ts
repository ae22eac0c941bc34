import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGorod, runGorodToEnd } from './gorod-process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-districts-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const town = 'test/data/novoozyorsk_districts.geojson';
const fields = ['--name-field', 'name', '--name-en-field', 'name:en', '--id-field', 'ref'];

async function run(args: string[]) {
  const p = runGorod(['districts', 'import', ...args], { DATA_DIR: dataDir, SEED_DEMO: '0' });
  let stdout = '';
  p.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  const code = await p.exited;
  return { code, stdout, output: p.output() };
}

describe('gorod districts import FILE', () => {
  // (matching, refusals and permissions are tested on the use case: src/modules/city/districts.db.test.ts)
  it('a dry run prints the plan as JSON on stdout and writes nothing; the import then adds the districts', async () => {
    const dry = await run([town, ...fields, '--dry-run']);
    expect(dry.code).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(plan).toMatchObject({ dryRun: true, imported: false, problems: [], removed: [] });
    expect(plan.added.map((d: { id: string }) => d.id)).toEqual(['zarechny', 'soborny', 'lugovoy']);
    expect(dry.output).toContain('Features read: 3 districts, 0 errors, 0 warnings');

    const done = await run([town, ...fields]);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ imported: true, added: [{ id: 'zarechny' }, { id: 'soborny' }, { id: 'lugovoy' }] });
    expect(done.output).toContain('Imported: 3 added, 0 renamed, 0 kept, 0 removed');

    // a re-import of the same file changes no id
    const again = JSON.parse((await run([town, ...fields])).stdout);
    expect([again.added, again.kept.map((d: { id: string }) => d.id)]).toEqual([[], ['zarechny', 'soborny', 'lugovoy']]);
  }, 300_000);

  it('lists a bad file’s problems by feature number and refuses it (exit code 2)', async () => {
    const file = path.join(dataDir, 'bad.geojson');
    const json = JSON.parse(fs.readFileSync(town, 'utf8'));
    json.features[1].geometry = {
      type: 'LineString',
      coordinates: [
        [40, 56],
        [40.1, 56],
      ],
    };
    delete json.features[2].properties.name;
    fs.writeFileSync(file, JSON.stringify(json));
    const bad = await run([file, ...fields]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.output).toContain('error: Feature 2: the geometry is LineString, not a Polygon or MultiPolygon');
    expect(bad.output).toContain('error: Feature 3: the property «name» with the name is missing or empty.');
    expect(bad.output).toMatch(/The district file has 2 errors and was not imported/);

    const missing = await runGorodToEnd(['districts', 'import', 'no-such.geojson', '--name-field', 'name'], { DATA_DIR: dataDir });
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/There is no file .*no-such\.geojson/);
  }, 200_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGorod, runGorodToEnd } from './gorod-process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-services-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dataDir, name);
  fs.writeFileSync(p, text);
  return p;
};
const role = { key: 'dog-owner', nameRu: 'Я владелец собаки', nameEn: 'I have a dog', icon: '🐕' };
const service = {
  key: 'dog-park',
  title: 'Площадки для выгула',
  description: 'Где гулять с собакой в районе.',
  onlineLink: 'https://example.org/dogs',
  roles: ['dog-owner'],
};

describe('gorod services import FILE.json|FILE.csv', () => {
  // (what an import writes and refuses, item by item, is tested on the route: src/modules/services/http/services.db.test.ts)
  it('imports roles and services: progress on stderr, only the summary as JSON on stdout', async () => {
    const json = file('ok.json', JSON.stringify({ roles: [role], services: [service] }));
    const p = runGorod(['services', 'import', json], { DATA_DIR: dataDir });
    let stdout = '';
    p.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    expect(await p.exited).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ dryRun: false, roles: 1, services: 1, problems: [] });
    expect(p.output()).toContain('services: 1/1');
  });

  it('names every bad line of a CSV and writes nothing (exit code 2)', async () => {
    const csv = file(
      'bad.csv',
      'key,title,description,online_link,roles\nok-one,Хорошая,Описание хорошей услуги.,https://example.org/a,dog-owner\nno-way,Плохая,Описание без способа получить.,,dog-owner\nwho,Чья,Описание с неизвестной ролью.,https://example.org/b,cat-owner\n',
    );
    const refused = await runGorodToEnd(['services', 'import', csv], { DATA_DIR: dataDir });
    expect(refused.code).toBe(2);
    expect(refused.output).toMatch(/line 3: Say how to get the service/);
    expect(refused.output).toMatch(/line 4: There is no life role “cat-owner”/);
    const check = await runGorodToEnd(['services', 'import', csv, '--dry-run'], { DATA_DIR: dataDir });
    expect(check.code).toBe(0);
    expect(check.output).toContain('"dryRun":true');
    expect(check.output).toContain('"at":"line 4"');
  });
});

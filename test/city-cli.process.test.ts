import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGorod } from './gorod-process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-city-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const env = { DATA_DIR: dataDir, CITY_TIMEZONE: 'Asia/Yekaterinburg', SEED_DEMO: '0' };

/** Runs `gorod …` to its end: the exit code, stdout alone (the JSON) and everything it said. */
async function gorod(args: string[]) {
  const p = runGorod(args, env);
  let stdout = '';
  p.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  const code = await p.exited;
  return { code, stdout, output: p.output() };
}

describe('gorod calendar load', () => {
  it('loads the shipped calendar of the city’s country, then keeps it; a file that is not a calendar is refused by line', async () => {
    const first = await gorod(['calendar', 'load']);
    expect(first.code).toBe(0);
    const loaded = JSON.parse(first.stdout) as { source: string; added: number; kept: number };
    expect(loaded).toMatchObject({ source: 'RU', kept: 0 });
    expect(loaded.added).toBeGreaterThan(20);
    expect(first.output).toContain(`Calendar RU: ${loaded.added} days added, 0 already listed and kept.`);
    const bad = path.join(dataDir, 'bad.csv');
    fs.writeFileSync(bad, 'date,kind,note\n2027-13-01,holiday,Нет такого дня\n');
    const refused = await gorod(['calendar', 'load', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.output).toContain('line 2');
  }, 120_000);
});

describe('gorod city show / gorod city set', () => {
  it('shows the defaults of a city not yet set up, sets its identity, and shows it', async () => {
    const before = await gorod(['city', 'show']);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({
      nameRu: 'Город',
      nameEn: 'Gorod',
      timeZone: 'Asia/Yekaterinburg',
      setupNeeded: true,
      languages: ['ru', 'en'],
    });

    const set = await gorod([
      'city',
      'set',
      '--name-ru',
      'Екатеринбург',
      '--name-en',
      'Yekaterinburg',
      '--time-zone',
      'Asia/Yekaterinburg',
      '--centre',
      '56.84,60.61',
      '--zoom',
      '11',
      '--phone',
      '+7 343 000-00-00',
      '--email',
      'city@ekb.example.org',
      '--languages',
      'ru',
    ]);
    expect(set.code).toBe(0);
    expect(set.output).toContain('The city is now Екатеринбург / Yekaterinburg (Asia/Yekaterinburg).');
    expect(JSON.parse(set.stdout)).toMatchObject({
      nameRu: 'Екатеринбург',
      centre: { lat: 56.84, lon: 60.61 },
      zoom: 11,
      languages: ['ru'],
      setupNeeded: false,
    });

    // options not given keep their value
    expect((await gorod(['city', 'set', '--name-en', 'Ekaterinburg'])).code).toBe(0);
    const after = await gorod(['city', 'show']);
    expect(JSON.parse(after.stdout)).toMatchObject({ nameRu: 'Екатеринбург', nameEn: 'Ekaterinburg', phone: '+7 343 000-00-00', zoom: 11 });
  }, 300_000);

  it('refuses what the administrators’ page refuses, in words, with exit code 2', async () => {
    const zone = await gorod(['city', 'set', '--time-zone', 'Ural/Yekaterinburg']);
    expect(zone.code).toBe(2);
    expect(zone.output).toMatch(/«Ural\/Yekaterinburg» is not a time zone/);
    const zoom = await gorod(['city', 'set', '--zoom', '30']);
    expect(zoom.code).toBe(2);
    expect(zoom.output).toMatch(/--zoom: Map zoom must be at most 19/);
    const centre = await gorod(['city', 'set', '--centre', 'north']);
    expect(centre.code).toBe(2);
    expect(centre.output).toMatch(/--centre: .*Latitude/);
    const languages = await gorod(['city', 'set', '--languages', 'ru,de']);
    expect(languages.code).toBe(2);
    expect(languages.output).toMatch(/choose ru, en or both/);
    expect(JSON.parse((await gorod(['city', 'show'])).stdout).nameEn).toBe('Ekaterinburg');
  }, 300_000);
});

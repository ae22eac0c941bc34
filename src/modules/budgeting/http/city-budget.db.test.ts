import fs from 'node:fs';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person } from '../../../../test/fixtures.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { auditLog } from '../../../core/audit/schema.js';
import { cityBudgetLines } from '../db/schema.js';
import { importCityBudget } from '../use-cases/city-budget/import-city-budget.js';
import { demoBudgetFile, seedDemoCityBudget } from '../use-cases/city-budget/seed-demo-city-budget.js';

let t: TestApp;
let admin: TestClient;
let adminId: string;
let resident: TestClient;
let anonymous: TestClient;

const head = 'kind,code,name_ru,name_en,programme,district,planned,executed,explanation_ru,explanation_en';
const budget2024 = [
  'year,2024',
  'title,Бюджет 2024',
  'population,3',
  'source,Тест',
  head,
  'revenue,10102,НДФЛ,Income tax,,,600.10,590,,',
  'revenue,20000,Трансферты,Transfers,,,100,100,,',
  'expenditure,0702,Школы,Schools,Развитие образования,,200.02,210,"Зарплаты учителей, учебники",Teachers',
  'expenditure,0701,Детские сады,Kindergartens,Развитие образования,nevsky,100.01,90,,',
  'expenditure,0503,Благоустройство,Improvement,,admiralteysky,500,400.5,,',
].join('\n');

beforeAll(async () => {
  t = await testApp();
  ({ client: admin, userId: adminId } = await person(t, { email: 'budget-admin@gorod.test', roles: ['administrator'] }));
  resident = (await signedInResident(t.app, t.database, 'budget-resident@gorod.test')).client;
  anonymous = new TestClient(t.app, 'en');
});

afterAll(async () => {
  await t.close();
});

describe('importing the city budget', () => {
  it('is for administrators only', async () => {
    expect((await anonymous.post('/api/admin/city-budget', { csv: budget2024 })).status).toBe(401);
    const res = await resident.post('/api/admin/city-budget', { csv: budget2024 });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_administrator');
  });

  it('stores a year from the CSV format and explains it: sections, subsections, programmes, districts, per resident, all exact', async () => {
    const res = await admin.post('/api/admin/city-budget', { csv: budget2024 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ year: 2024, title: 'Бюджет 2024', illustrative: false, revenueLines: 2, expenditureLines: 3, replaced: false });
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'city_budget.imported')).orderBy(desc(auditLog.seq)).limit(1);
    expect(audit).toMatchObject({ actorId: adminId, subjectId: '2024', data: { lines: 5, replaced: false } });

    const year = await anonymous.get('/api/city-budget/2024');
    expect(year.status).toBe(200);
    expect(year.body).toMatchObject({
      year: 2024,
      population: 3,
      illustrative: false,
      revenue: { planned: '700.10', executed: '690.00', plannedPerResident: '233.37' },
      expenditure: { planned: '800.03', executed: '700.50', plannedPerResident: '266.68', executedPerResident: '233.50' },
      balancePlanned: '-99.93',
    });
    expect(year.body.sections.map((s: { code: string; planned: string; nameEn: string }) => [s.code, s.nameEn, s.planned])).toEqual([
      ['0500', 'Housing and utilities', '500.00'],
      ['0700', 'Education', '300.03'],
    ]);
    expect(year.body.sections[1].items[0]).toMatchObject({ code: '0702', explanationRu: 'Зарплаты учителей, учебники' });
    expect(year.body.programmes).toEqual([{ name: 'Развитие образования', planned: '300.03', executed: '300.00' }]);
    expect(year.body.districts.map((d: { districtId: string }) => d.districtId)).toEqual(['admiralteysky', 'nevsky']);
  });

  it('replaces a year as a whole on a second import', async () => {
    const smaller = budget2024.split('\n').slice(0, -2).join('\n');
    const res = await admin.post('/api/admin/city-budget', { csv: smaller });
    expect(res.body).toMatchObject({ replaced: true, expenditureLines: 1 });
    expect(await t.database.db.select().from(cityBudgetLines).where(eq(cityBudgetLines.year, 2024))).toHaveLength(3);
  });

  it('refuses a file with problems, listing each by line, and keeps the year as it was', async () => {
    const bad = [
      ...budget2024.split('\n').slice(0, 6),
      'expenditure,1700,Неизвестно,,,,1,1,,',
      'expenditure,0701,Сады,,,,1 000,1,,',
      'revenue,10100,Налог,,,,1,1',
    ].join('\n');
    const res = await admin.post('/api/admin/city-budget', { csv: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('city_budget_invalid');
    expect(res.body.error.message).toMatch(/3 problems; the first is on line 7/);
    expect(Object.keys(res.body.error.fields)).toEqual(['line 7', 'line 8', 'line 9']);
    expect(res.body.error.fields['line 8']).toMatch(/planned must be roubles/);
    const unknownDistrict = budget2024.replace(',nevsky,', ',atlantis,');
    const d = await admin.post('/api/admin/city-budget', { csv: unknownDistrict });
    expect(d.body.error.fields['line 9']).toMatch(/no district “atlantis”/);
    expect(await t.database.db.select().from(cityBudgetLines).where(eq(cityBudgetLines.year, 2024))).toHaveLength(3);
    expect((await admin.post('/api/admin/city-budget', { csv: 'year,2024\n' })).body.error.fields['line 1']).toMatch(/header line is missing/);
  });

  it('refuses a body that is not a file’s text', async () => {
    expect((await admin.post('/api/admin/city-budget', { csv: '' })).status).toBe(400);
    expect((await admin.post('/api/admin/city-budget', { file: budget2024 })).status).toBe(400);
  });

  it('reports progress as the command line shows it, acting as the system', async () => {
    const notes: string[] = [];
    const summary = await importCityBudget(t.ctx, 'system', budget2024.replace('year,2024', 'year,2023'), (m) => notes.push(m));
    expect(summary).toMatchObject({ year: 2023, replaced: false });
    expect(notes[0]).toMatch(/Read 5 lines of the 2023 budget/);
    expect(notes.at(-1)).toMatch(/Stored 5 of 5 lines/);
  });
});

describe('reading the city budget', () => {
  it('lists the years newest first and answers 404 for a year there is not', async () => {
    expect((await anonymous.get('/api/city-budget')).body.items.map((i: { year: number }) => i.year)).toEqual([2024, 2023]);
    const missing = await anonymous.get('/api/city-budget/1999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/no budget for 1999/);
    expect((await anonymous.get('/api/city-budget/next')).status).toBe(400);
  });

  it('the demo’s budget imports cleanly, once, and is labelled illustrative', async () => {
    await seedDemoCityBudget(t.ctx, () => {});
    await seedDemoCityBudget(t.ctx, () => {});
    const res = await anonymous.get('/api/city-budget/2025');
    expect(res.body).toMatchObject({ year: 2025, illustrative: true, population: 5600044 });
    expect(res.body.title).toMatch(/иллюстративные/);
    expect(res.body.sections.map((s: { code: string }) => s.code).sort()).toEqual([
      '0100',
      '0200',
      '0300',
      '0400',
      '0500',
      '0600',
      '0700',
      '0800',
      '0900',
      '1000',
      '1100',
      '1200',
      '1300',
      '1400',
    ]);
    expect(res.body.districts).toHaveLength(18);
    expect(Number(res.body.expenditure.plannedPerResident)).toBeGreaterThan(200_000);
    expect(fs.readFileSync(demoBudgetFile, 'utf8')).toMatch(/ILLUSTRATIVE/);
  });
});

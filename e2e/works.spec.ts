// Story: the demo's finished cycle (Wieliczka 2023, imported with its tally) has its winners as works.
// A resident (Russian, 360 px phone) looks at what is being built, narrows the list to works being
// built (their money in złoty, the imported election's currency) and opens one with its history. The responsible official (English, desktop) reports on a
// planned work: a wrong amount is refused with the reason beside the field, then the report with a
// photo is published and everyone sees it in the history. An official of another department sees
// no report form.
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectErrorSummary, expectHeading, grantRoleAs, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

interface ListedWork {
  id: string;
  status: string;
  proposal: { title: string; number: number };
}

describe('implementation tracking', () => {
  test('ru phone: the list of works, a filter by stage, a work with its history', async () => {
    const works = await apiAs<{ items: ListedWork[]; total: number }>(
      baseURL,
      { cookie: adminSession },
      'GET',
      '/api/budgeting/works?status=in_progress&limit=100',
    );
    expect(works.total, 'the demo seed makes works for the imported cycle’s winners').toBeGreaterThan(0);
    const ctx = await browser.context({ viewport: narrow, lang: 'ru' });
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto('/budgeting/works');
    await expectHeading(page, tr('ru', 'works.title'));
    await page.locator('.wk-item').first().waitFor();
    await screenshot(page, 'works-ru-phone');
    await page.getByLabel(tr('ru', 'works.status')).selectOption('in_progress');
    await page.getByRole('button', { name: tr('ru', 'works.apply') }).click();
    await page.waitForURL(/status=in_progress/);
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${works.total} `) }).waitFor();
    const tags = await page.locator('.wk-item .tag').allTextContents();
    expect(new Set(tags)).toEqual(new Set([tr('ru', 'workStatus.in_progress')]));
    // the demo's works come from the imported Wieliczka election: its money is in złoty
    const money = await page.locator('.wk-item__money').allTextContents();
    expect(money.every((m) => /zł/.test(m) && !m.includes('₽'))).toBe(true);
    const first = works.items[0]!;
    await page.getByRole('link', { name: first.proposal.title }).click();
    await expectHeading(page, first.proposal.title);
    await page.getByRole('heading', { level: 2, name: tr('ru', 'work.history') }).waitFor();
    expect(await page.locator('.wk-history__item').count()).toBeGreaterThan(0);
    expect(await page.locator('.wk-figures').textContent()).toMatch(/\d\s?zł/);
    expect(await page.getByRole('heading', { name: tr('ru', 'work.report') }).count()).toBe(0);
    await screenshot(page, 'work-ru-phone');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  test('en desktop: the responsible official reports with a photo; a wrong amount is refused; other officials cannot report', async () => {
    const planned = await apiAs<{ items: ListedWork[] }>(baseURL, { cookie: adminSession }, 'GET', '/api/budgeting/works?status=planned&limit=100');
    const work = planned.items[0];
    expect(work, 'a planned work in the demo').toBeDefined();
    const official = await confirmedResident(baseURL, dataDir, { displayName: 'Olga Official', language: 'en', label: 'works-official' });
    await grantRoleAs(baseURL, adminSession, official.id, { role: 'official', scopeType: 'department', scopeId: 'committee-improvement' });
    const roads = await confirmedResident(baseURL, dataDir, { displayName: 'Roman Roads', language: 'en', label: 'works-roads' });
    await grantRoleAs(baseURL, adminSession, roads.id, { role: 'official', scopeType: 'department', scopeId: 'committee-roads' });

    const ctx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: official.cookie });
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(`/budgeting/works/${work!.id}`);
    await expectHeading(page, work!.proposal.title);
    await page.getByRole('heading', { level: 2, name: tr('en', 'work.report') }).waitFor();

    await page.getByLabel(tr('en', 'work.status')).selectOption('design');
    await page.getByLabel(tr('en', 'work.progressField')).fill('5');
    await page.getByLabel(tr('en', 'work.spent'), { exact: true }).fill('1 000');
    await page.getByLabel(tr('en', 'work.note')).fill('Design started with the residents.');
    await page.getByRole('button', { name: tr('en', 'work.send') }).click();
    await expectErrorSummary(page, 'en', /two decimals/);
    await page.locator('#work-spent-error').waitFor();
    expect(await page.getByLabel(tr('en', 'work.note')).inputValue()).toBe('Design started with the residents.');

    await page.getByLabel(tr('en', 'work.spent'), { exact: true }).fill('1500.50');
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#2e7d5b' } })
      .jpeg()
      .toBuffer();
    await page.locator('#work-photos').setInputFiles({ name: 'site.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.locator('.photo-upload__item img').first().waitFor();
    await page.getByRole('button', { name: tr('en', 'work.send') }).click();
    await page.getByText(tr('en', 'work.sent')).waitFor();
    const entry = page.locator('.wk-history__item').first();
    await entry.getByText('Design started with the residents.').waitFor();
    expect(await entry.locator('.wk-history__figures').textContent()).toContain('5 %');
    await entry.locator('img').waitFor();
    await screenshot(page, 'work-en-desktop-official');
    expect(errors).toEqual([]);
    await ctx.close();

    // everyone sees the report, the photo included
    const pub = await fetch(`${baseURL}/api/budgeting/works/${work!.id}`).then(
      (r) => r.json() as Promise<{ status: string; spent: string; updates: { photos: { thumbUrl: string }[] }[] }>,
    );
    expect(pub).toMatchObject({ status: 'design', spent: '1500.50' });
    expect((await fetch(`${baseURL}${pub.updates[0]!.photos[0]!.thumbUrl}`)).status).toBe(200);

    const other = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: roads.cookie });
    const p2 = await other.newPage();
    await p2.goto(`/budgeting/works/${work!.id}`);
    await expectHeading(p2, work!.proposal.title);
    expect(await p2.getByRole('heading', { name: tr('en', 'work.report') }).count()).toBe(0);
    await other.close();
  });
});

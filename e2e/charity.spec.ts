// Story: a resident with points opens Charity from the menu, reads a demo cause (who it helps, how to give — the one
// approved way, with the warning about impostors — progress and dated reports), donates points to it, and sees their
// balance drop and the cause's sum of donated points grow by as much.
import { expect, inject, test } from 'vitest';
import { phone, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectHeading, screenshot, tr } from './helpers.js';
import { siteNav } from './nav.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const lang = 'ru' as const;

interface Cause {
  id: string;
  title: string;
  pledgedPoints: number;
}

test('ru phone: a resident donates points to a demo cause; the balance drops and the cause shows the points', async () => {
  const resident = await confirmedResident(baseURL, dataDir, { displayName: 'Вера Добрая', language: lang, label: 'charity' });
  await apiAs(
    baseURL,
    { cookie: adminSession },
    'POST',
    '/api/admin/points/adjustments',
    { userId: resident.id, delta: 100, reason: 'Баллы для проверки' },
    200,
  );
  const causes = (await apiAs<{ items: Cause[] }>(baseURL, resident, 'GET', '/api/charity/causes')).items;
  const cause = causes.find((c) => c.title.startsWith('Демо'))!;
  const rewards = (await apiAs<{ items: { cost: number; kind: string; targetId: string | null }[] }>(baseURL, resident, 'GET', '/api/points/rewards')).items;
  const cost = rewards.find((r) => r.kind === 'donation' && r.targetId === cause.id)!.cost;

  const context = await browser.context({ viewport: phone, lang, sessionCookie: resident.cookie });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto('/');
  await (await siteNav(page, lang)).getByRole('link', { name: tr(lang, 'nav.charity') }).click();
  await expectHeading(page, tr(lang, 'charity.title'));
  await page.getByRole('link', { name: cause.title }).click();
  await expectHeading(page, cause.title);
  // how to give: the warning is there, and the demo details say they are invented
  await page.getByText(tr(lang, 'charity.warningTitle')).waitFor();
  await page.getByText(tr(lang, 'charity.demoDetails')).waitFor();
  await eventually(page, async () => (await page.getByTestId('cause-balance').getAttribute('data-balance')) === '100');

  await page.getByRole('button', { name: new RegExp(tr(lang, 'charity.donate', { points: '' }).trim()) }).click();
  const ask = page.getByRole('dialog');
  await ask.getByText(cause.title).waitFor();
  await ask.getByRole('button', { name: tr(lang, 'charity.donateYes') }).click();
  await page
    .locator('.notice', {
      hasText: tr(lang, 'charity.donated', { points: '' })
        .replace(/\s*\.$/, '')
        .trim(),
    })
    .waitFor();
  await eventually(page, async () => (await page.getByTestId('cause-balance').getAttribute('data-balance')) === String(100 - cost));
  await eventually(page, async () => Number(await page.getByTestId('cause-pledged').getAttribute('data-points')) >= cause.pledgedPoints + cost);
  await screenshot(page, 'charity-donated-ru-phone');
  expect(errors).toEqual([]);
  await context.close();

  // the server agrees: the balance and the cause's sum of points
  expect((await apiAs<{ balance: number }>(baseURL, resident, 'GET', '/api/points/me')).balance).toBe(100 - cost);
  expect((await apiAs<Cause>(baseURL, resident, 'GET', `/api/charity/causes/${cause.id}`)).pledgedPoints).toBeGreaterThanOrEqual(cause.pledgedPoints + cost);
});

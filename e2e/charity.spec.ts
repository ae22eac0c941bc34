// Story: a resident with points opens Charity from the menu, reads a demo cause (who it helps, how to give — the one
// approved way, with the warning about impostors — progress and dated reports), donates points to it, and sees their
// balance drop and the cause's sum of donated points grow by as much.
import { expect, inject, test } from 'vitest';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectHeading, photo, screenshot, tr } from './helpers.js';
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

// Story: an administrator gives a drafted cause an image (with words for those who cannot see it) and publishes the
// organisation's report with a photo, approves it and offers a donation of points; a resident then sees the image in
// the list and on the page and opens the report's photo; the rewards table marks the donation and its cause.
test('en desktop: a cause’s image and a report photo reach the public page; the rewards table names the cause', async () => {
  const title = `Warm coats ${Date.now()}`;
  const alt = 'Volunteers sorting warm coats at the shelter';
  const admin = { cookie: adminSession };
  const { id } = await apiAs<{ id: string }>(
    baseURL,
    admin,
    'POST',
    '/api/admin/charity/causes',
    {
      title,
      organisation: 'Warm House Foundation',
      inn: '7801000005',
      goal: 'Warm coats for the residents of the shelter this winter.',
      spending: 'Coats, boots and blankets from the shelter’s list.',
      targetRubles: 50_000,
      givingMethod: 'link',
      paymentUrl: 'https://pay.example.org/coats',
    },
    201,
  );

  const staff = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
  const page = await staff.newPage();
  const errors = watchErrors(page);
  await page.goto(`/admin/charity/${id}`);
  await expectHeading(page, tr('en', 'charity.admin.editTitle', { title }));
  await page.locator('#cause-image').setInputFiles(photo('coats.png'));
  await page
    .getByRole('img', { name: tr('en', 'photos.thumbAlt', { n: 1, total: 1 }) })
    .first()
    .waitFor();
  await page.getByLabel(tr('en', 'charity.admin.imageAlt'), { exact: true }).fill(alt);
  await page.getByRole('button', { name: tr('en', 'charity.admin.save'), exact: true }).click();
  await page.getByText(tr('en', 'charity.admin.saved')).waitFor();

  await page.getByLabel(tr('en', 'charity.admin.reportText'), { exact: true }).fill('The first forty coats are bought; photos from the store.');
  await page.locator('#report-photos').setInputFiles(photo('store.png'));
  await page.locator('#report-photos').locator('xpath=..').getByRole('img').first().waitFor();
  await page.getByRole('button', { name: tr('en', 'charity.admin.addReport'), exact: true }).click();
  await page.getByText(tr('en', 'charity.admin.reportAdded')).waitFor();
  await page.getByRole('button', { name: tr('en', 'charity.admin.approve'), exact: true }).click();
  await page.getByRole('button', { name: tr('en', 'charity.admin.offer'), exact: true }).click();
  await page.getByText(tr('en', 'charity.admin.offered')).waitFor();
  await screenshot(page, 'charity-admin-image-en-desktop');

  // the rewards table marks the donation and links its cause
  await page.goto('/admin/points');
  const donation = page.getByTestId('reward-donation').filter({ hasText: title });
  await donation.getByText(tr('en', 'adminPoints.kind.donation')).waitFor();
  expect(await donation.getByRole('link', { name: title }).getAttribute('href')).toBe(`/charity/${id}`);
  expect(errors).toEqual([]);
  await staff.close();

  const visitor = await browser.context({ viewport: desktop, lang: 'en' });
  const pub = await visitor.newPage();
  const seen = watchErrors(pub);
  await pub.goto('/charity');
  const item = pub.getByRole('listitem').filter({ has: pub.getByRole('link', { name: title }) });
  await expect.poll(() => item.getByRole('img', { name: alt }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await item.getByRole('link', { name: title }).click();
  await expectHeading(pub, title);
  await expect.poll(() => pub.getByRole('img', { name: alt }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const reports = pub.locator('.cause__reports');
  await reports.getByRole('link', { name: tr('en', 'photos.open', { n: 1, total: 1 }) }).click();
  await expect
    .poll(() =>
      pub
        .getByRole('dialog')
        .getByRole('img')
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);
  await screenshot(pub, 'charity-report-photo-en-desktop');
  await pub.keyboard.press('Escape');
  expect(seen).toEqual([]);
  await visitor.close();
});

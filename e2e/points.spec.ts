// Story: a resident earns points by taking part (starting a discussion, commenting on a neighbour's), sees them on
// «My points» with the level and the history, is told plainly that a costly reward needs more points (before and
// after trying), redeems an affordable reward and gets a code, listed under «My codes». The administrator's page
// shows the rules, levels, rewards and the redemption.
import crypto from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectFocused, expectHeading, screenshot, tr } from './helpers.js';
import { siteNav } from './nav.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

describe.each([
  { lang: 'ru' as const, device: 'phone', viewport: phone },
  { lang: 'en' as const, device: 'desktop', viewport: desktop },
])('points and rewards ($lang, $device)', ({ lang, device, viewport }) => {
  test(`${lang} ${device}: earn, see, be refused for too few points, redeem, get a code`, async () => {
    const tag = crypto.randomBytes(3).toString('hex');
    const resident = await confirmedResident(baseURL, dataDir, {
      displayName: lang === 'ru' ? `Пётр Баллов ${device}` : `Peter Points ${device}`,
      language: lang,
      label: 'points',
    });
    const neighbour = await confirmedResident(baseURL, dataDir, {
      displayName: lang === 'ru' ? `Соседка ${device}` : `Neighbour ${device}`,
      language: lang,
      label: 'neighbour',
    });

    // taking part: a discussion of one's own (5) and a comment on a neighbour's (2)
    const theirs = await apiAs<{ id: string }>(
      baseURL,
      neighbour,
      'POST',
      '/api/discussions',
      { kind: 'topic', title: `Benches on the embankment ${tag}`, body: 'Where should the new benches go this summer?' },
      201,
    );
    await apiAs(
      baseURL,
      resident,
      'POST',
      '/api/discussions',
      { kind: 'topic', title: `Lime trees along the canal ${tag}`, body: 'Let us plant more lime trees along the canal.' },
      201,
    );
    await apiAs(baseURL, resident, 'POST', `/api/comments/discussion/${theirs.id}`, { body: 'Near the bus stop, please: people wait there.' }, 201);

    // the city offers an affordable reward and a costly one
    const cheap = await apiAs<{ id: string; title: string }>(
      baseURL,
      { cookie: adminSession },
      'POST',
      '/api/admin/points/rewards',
      { title: `Museum ticket ${tag}`, description: 'One adult ticket.', cost: 7, stock: 3 },
      201,
    );
    const costly = await apiAs<{ id: string; title: string }>(
      baseURL,
      { cookie: adminSession },
      'POST',
      '/api/admin/points/rewards',
      { title: `Tree in your name ${tag}`, description: 'A lime tree planted in spring.', cost: 5000, stock: 5 },
      201,
    );

    const context = await browser.context({ viewport, lang, sessionCookie: resident.cookie });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await (await siteNav(page, lang)).getByRole('link', { name: tr(lang, 'nav.points') }).click();
    await expectHeading(page, tr(lang, 'points.title'));
    await eventually(page, async () => (await page.getByTestId('points-balance').textContent()) === '7');
    await page.getByText(tr(lang, 'points.action.comment.posted')).first().waitFor();
    await page.getByRole('cell', { name: tr(lang, 'points.action.discussion.started') }).waitFor();

    // the costly reward says why before trying, and the server's refusal says how many points are missing
    const costlyCard = page.locator('.points__reward', { hasText: costly.title });
    expect(await costlyCard.locator('.points__why').textContent()).toContain('4993');
    await costlyCard.getByRole('button').click();
    const refusal = page.locator('.notice', { hasText: '4993' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(lang === 'ru' ? /не хватает 4993 баллов/ : /4993 more points are needed/);
    await screenshot(page, `points-refused-${lang}-${device}`);

    // the affordable one: a code, shown at once and under «My codes»; the balance is spent
    const cheapCard = page.locator('.points__reward', { hasText: cheap.title });
    // spending is asked first; Esc spends nothing and gives the focus back to the button
    await cheapCard.getByRole('button').click();
    const ask = page.getByRole('dialog');
    await ask.getByText(cheap.title).waitFor();
    await screenshot(page, `points-confirm-${lang}-${device}`);
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'hidden' });
    await expectFocused(page, '.points__reward button');
    expect(await page.getByTestId('points-balance').textContent()).toBe('7');
    await cheapCard.getByRole('button').click();
    await ask.getByRole('button', { name: tr(lang, 'points.confirm.yes') }).click();
    const success = page.getByText(tr(lang, 'points.redeemedTitle'));
    await success.waitFor();
    const code = /GRD-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec((await page.locator('.notice', { hasText: tr(lang, 'points.redeemedTitle') }).textContent()) ?? '')?.[0];
    expect(code).toBeTruthy();
    await page.locator('.points__codes', { hasText: code! }).waitFor();
    await eventually(page, async () => (await page.getByTestId('points-balance').textContent()) === '0');
    await page.locator('.points__codes', { hasText: code! }).waitFor();
    await page.getByRole('cell', { name: tr(lang, 'points.action.reward.redeemed') }).waitFor();
    await screenshot(page, `points-${lang}-${device}`);
    expect(errors).toEqual([]);
    await context.close();

    // the administrator sees the redemption with its code
    const admin = await browser.context({ viewport, lang, sessionCookie: adminSession });
    const adminPage = await admin.newPage();
    const adminErrors = watchErrors(adminPage);
    await adminPage.goto('/admin/points');
    await expectHeading(adminPage, tr(lang, 'adminPoints.title'));
    await adminPage.getByRole('cell', { name: code! }).waitFor();
    await adminPage.getByRole('cell', { name: costly.title }).first().waitFor();
    // the rewards table fits the screen without scrolling sideways: on a phone each reward is a block of labelled lines
    const rewardsTable = adminPage.getByRole('region', { name: tr(lang, 'adminPoints.rewardsTitle'), exact: true }).locator('.table-wrap');
    expect(await rewardsTable.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    if (device === 'phone') {
      const costLine = rewardsTable.locator(`td[data-label="${tr(lang, 'adminPoints.cost')}"]`).first();
      expect(await costLine.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(tr(lang, 'adminPoints.cost'));
    }
    await screenshot(adminPage, `admin-points-${lang}-${device}`);
    expect(adminErrors).toEqual([]);
    await admin.close();
  });
});

describe('the administrators’ list of redemptions', () => {
  test('pages through more redemptions than one page holds (en desktop)', async () => {
    const tag = crypto.randomBytes(3).toString('hex');
    const admin = { cookie: adminSession };
    // a resident with points for 55 one-point rewards redeems them all (the route allows 60 in 15 minutes)
    const resident = await confirmedResident(baseURL, dataDir, { displayName: `Collector ${tag}`, language: 'en', label: 'points-collector' });
    const me = { cookie: resident.cookie };
    await apiAs(baseURL, admin, 'POST', '/api/admin/points/adjustments', { userId: resident.id, delta: 55, reason: 'Volunteering at the spring clean-up' });
    const reward = await apiAs<{ id: string }>(
      baseURL,
      admin,
      'POST',
      '/api/admin/points/rewards',
      { title: `Metro ride ${tag}`, description: 'One ride.', cost: 1, stock: 55 },
      201,
    );
    for (let i = 0; i < 55; i++) await apiAs(baseURL, me, 'POST', `/api/points/rewards/${reward.id}/redeem`, { requestId: crypto.randomUUID() }, 201);

    const context = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/admin/points');
    await expectHeading(page, tr('en', 'adminPoints.title'));
    const section = page.getByRole('region', { name: tr('en', 'adminPoints.redemptionsTitle') });
    await section
      .getByRole('cell', { name: `Metro ride ${tag}` })
      .first()
      .waitFor();
    expect(await section.getByRole('row').count()).toBe(51); // the header and 50 redemptions
    await section.getByRole('link', { name: tr('en', 'admin.next') }).click();
    await page.waitForURL(/[?&]redemptions=50/);
    await section.getByRole('link', { name: tr('en', 'admin.previous') }).waitFor();
    await section
      .getByRole('cell', { name: `Metro ride ${tag}` })
      .first()
      .waitFor();
    await screenshot(page, 'admin-points-redemptions-page-2-en-desktop');
    await section.getByRole('link', { name: tr('en', 'admin.previous') }).click();
    await page.waitForURL((url) => !url.searchParams.has('redemptions'));
    expect(errors).toEqual([]);
    await context.close();
  });
});

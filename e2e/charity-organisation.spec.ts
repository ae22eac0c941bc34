// Story: a verified organisation reports on its own charity cause. An administrator linked the cause to the
// organisation's community. Nina (Russian, 360 px phone), its owner, opens the cause from the community's page, sees
// the organisation named with a link and the report form, and posts a dated report with the new collected amount;
// from the community's page she can also announce a volunteering project on its behalf (the form picks it). Tom
// (English, 1280 px desktop), a co-admin, posts the next report. A visitor sees both reports and the amount and no
// form, and the demo NGO's volunteering project names its community as the organiser.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, narrow, specBrowser, watchErrors, type Lang } from './browser.js';
import { apiAs, expectHeading, screenshot, tr } from './helpers.js';
import { verifiedOrganisation } from './organisation.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

interface CauseView {
  id: string;
  collectedRubles: number;
  reports: { text: string; collectedRubles: number | null }[];
}

/** Fills the report form on the cause's page and publishes it; the page says so. */
async function postReport(p: Page, lang: Lang, text: string, collected: number): Promise<void> {
  const form = p.getByRole('form', { name: tr(lang, 'charity.admin.reportTitle') });
  await form.locator('#report-text').fill(text);
  await form.locator('#report-collected').fill(String(collected));
  await form.getByRole('button', { name: tr(lang, 'charity.admin.addReport') }).click();
  await form.getByText(tr(lang, 'charity.admin.reportAdded')).waitFor();
  await p.locator('#cause-reports-title').locator('..').getByText(text).waitFor();
}

describe('a verified organisation reports on its cause', () => {
  test('ru 360 px from the community’s page, en 1280 px by a co-admin: the reports and the amount show publicly', async () => {
    const suffix = Date.now().toString(36);
    const groupName = `Фонд «Зелёный двор» ${suffix}`;
    const {
      groupId,
      owner: nina,
      coadmin: tom,
    } = await verifiedOrganisation(
      { baseURL, dataDir, adminSession },
      {
        name: groupName,
        description: 'Озеленяем дворы Адмиралтейского района.',
        registrationNumber: `ОГРН 10278000${suffix}`,
        owner: { displayName: 'Нина Фондова', language: 'ru', label: 'cause-org-owner' },
        coadmin: { displayName: 'Tom Coadmin', language: 'en', label: 'cause-org-admin' },
      },
    );
    const group = { id: groupId };
    const title = `Кусты сирени для двора ${suffix}`;
    const cause = await apiAs<CauseView>(baseURL, { cookie: adminSession }, 'POST', '/api/admin/charity/causes', {
      title,
      organisation: groupName,
      groupId: group.id,
      inn: '7801000238',
      ogrn: '1027800000238',
      goal: 'Купить и посадить двадцать кустов сирени во дворе на Садовой.',
      spending: 'Саженцы сирени, грунт и мульча.',
      targetRubles: 60_000,
      givingMethod: 'link',
      paymentUrl: 'https://pay.example.org/siren',
    });
    await apiAs(baseURL, { cookie: adminSession }, 'POST', `/api/admin/charity/causes/${cause.id}/approve`, {});

    // ---- Nina, Russian, 360 px: from the community's page to the cause, whose page names the community ----
    const ninaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: nina.cookie });
    const n = await ninaCtx.newPage();
    const ninaErrors = watchErrors(n);
    await n.goto(`/groups/${group.id}`);
    await expectHeading(n, groupName);
    await n
      .getByRole('region', { name: tr('ru', 'groups.work.causes') })
      .getByRole('link', { name: title })
      .click();
    await expectHeading(n, title);
    await n.locator('.cause__facts').getByRole('link', { name: groupName }).waitFor();
    const ruText = 'Купили первые восемь кустов сирени, фото из питомника.';
    await postReport(n, 'ru', ruText, 21_500);
    expect(await n.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll on a phone').toBeLessThanOrEqual(0);
    await screenshot(n, 'journey-cause-org-report-ru-360');
    expect((await apiAs<CauseView>(baseURL, { cookie: '' }, 'GET', `/api/charity/causes/${cause.id}`)).collectedRubles).toBe(21_500);
    // the community's page lists the cause, and offers its admins to announce a volunteering project on its behalf
    await n.locator('.cause__facts').getByRole('link', { name: groupName }).click();
    await expectHeading(n, groupName);
    await n
      .getByRole('region', { name: tr('ru', 'groups.work.causes') })
      .getByRole('link', { name: title })
      .waitFor();
    await screenshot(n, 'journey-cause-org-group-ru-360');
    await n.getByRole('link', { name: tr('ru', 'groups.work.newProject') }).click();
    await expectHeading(n, tr('ru', 'volunteering.form.title'));
    await expect.poll(() => n.locator('#groupId').inputValue()).toBe(group.id);
    await screenshot(n, 'journey-cause-org-project-form-ru-360');
    expect(ninaErrors).toEqual([]);
    await ninaCtx.close();

    // ---- Tom, English, 1280 px: a co-admin posts the next report ----
    const tomCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: tom.cookie });
    const tp = await tomCtx.newPage();
    const tomErrors = watchErrors(tp);
    await tp.goto(`/charity/${cause.id}`);
    await expectHeading(tp, title);
    const enText = 'Twelve more lilac bushes are bought; planting on Saturday.';
    await postReport(tp, 'en', enText, 48_000);
    await screenshot(tp, 'journey-cause-org-report-en-1280');
    expect(tomErrors).toEqual([]);
    await tomCtx.close();

    // ---- anyone: both reports and the amount are public; a resident who does not run it sees no form ----
    const visitorCtx = await browser.context({ viewport: desktop, lang: 'en' });
    const v = await visitorCtx.newPage();
    await v.goto(`/charity/${cause.id}`);
    await expectHeading(v, title);
    await v.getByText(ruText).waitFor();
    await v.getByText(enText).waitFor();
    expect(await v.getByRole('form', { name: tr('en', 'charity.admin.reportTitle') }).count()).toBe(0);
    const page = await apiAs<CauseView>(baseURL, { cookie: '' }, 'GET', `/api/charity/causes/${cause.id}`);
    expect(page.collectedRubles).toBe(48_000);
    expect(page.reports.map((r) => r.collectedRubles)).toEqual([21_500, 48_000]);
    // the demo NGO's volunteering project names its community as the organiser, with a link
    const projects = await apiAs<{ items: { id: string; group: { id: string; name: string } | null }[] }>(
      baseURL,
      { cookie: '' },
      'GET',
      '/api/volunteering/projects',
    );
    const demo = projects.items.find((p) => p.group !== null);
    expect(demo, 'the demo NGO runs a volunteering project').toBeTruthy();
    await v.goto(`/volunteering/${demo!.id}`);
    await v.getByRole('link', { name: demo!.group!.name }).waitFor();
    await screenshot(v, 'journey-cause-org-project-en-1280');
    await visitorCtx.close();
  });
});

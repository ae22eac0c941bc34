// Story: an initiative answered "accepted" becomes the city's commitment, is reported on, and is delivered. Anna,
// verified in the Nevsky district (Russian, 360 px phone), puts forward an initiative that an administrator admits and
// she supports to its (lowered) threshold — set up through the API, as the initiatives journey clicks it. Olga, an
// official of the department (English, desktop), answers "accepted": first without a due date (the error summary
// names the field), then with one; the initiative page shows its commitment. She posts progress with a note. Anna
// finds it in the list of commitments and reads the progress. A commitment whose due date has passed shows overdue —
// the demo city's, made by its answered initiative long ago: no clock is moved, the due date really is past. Olga
// confirms delivery; Anna sees it delivered and, having supported the initiative, is offered the dispute.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectErrorSummary, expectHeading, grantRoleAs, screenshot, tr, workingDayAhead } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };
const district = 'nevsky';

/** What every page must hold: no sideways scroll, a label on every control. */
async function expectSoundPage(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    unlabelled: [...document.querySelectorAll('main input, main select, main textarea')]
      .filter((el) => (el as HTMLInputElement).type !== 'hidden' && (el as HTMLInputElement).type !== 'file')
      .filter((el) => !(el.id && document.querySelector(`label[for="${el.id}"]`)) && !el.getAttribute('aria-label'))
      .map((el) => el.outerHTML.slice(0, 80)),
  }));
  expect(found).toEqual({ overflow: 0, unlabelled: [] });
}

describe('an accepted initiative becomes a commitment', () => {
  test('answered accepted with a department and due date, progress, overdue shown, delivered', async () => {
    const title = `Скамейки в сквере ${Date.now().toString(36)}`;

    // ---- set up through the API: Anna's initiative awaits the department's answer ----
    await apiAs(baseURL, admin, 'PUT', '/api/admin/initiatives/rules', {
      rules: [{ type: 'improvement', scope: 'district', minCoinitiators: 0, supportThreshold: 1, supportDays: 30, answerWorkingDays: 10 }],
    });
    const anna = await confirmedResident(baseURL, dataDir, { displayName: 'Анна Сквер', language: 'ru', label: 'commitment-anna' });
    await apiAs(
      baseURL,
      admin,
      'POST',
      '/api/verification/in-person',
      {
        userId: anna.id,
        documentNumber: `40${Math.floor(10 + Math.random() * 89)} ${Math.floor(100000 + Math.random() * 899999)}`,
        districtId: district,
        birthDate: '1980-02-11',
      },
      201,
    );
    const { number } = await apiAs<{ number: number }>(baseURL, anna, 'POST', '/api/initiatives', {
      type: 'improvement',
      scope: 'district',
      districtId: district,
      title,
      text: 'В сквере у дома 12 нет ни одной скамейки: пожилым жителям негде присесть по дороге в поликлинику.',
      ask: 'Поставить шесть скамеек вдоль главной аллеи.',
      addressee: 'Администрация Невского района',
    });
    await apiAs(baseURL, anna, 'POST', `/api/initiatives/${number}/submit`, undefined, 204);
    const departments = (await (await fetch(`${baseURL}/api/departments`)).json()) as { items: { id: string; nameEn: string; districtId: string | null }[] };
    const department = departments.items.find((d) => d.districtId === district) ?? departments.items[0]!;
    await apiAs(
      baseURL,
      admin,
      'POST',
      `/api/initiatives/${number}/screening`,
      { decision: 'admissible', reason: 'Благоустройство сквера — полномочие районной администрации.', departmentId: department.id },
      204,
    );
    await apiAs(baseURL, anna, 'POST', `/api/initiatives/${number}/supports`, undefined, 201);

    // ---- Olga, an official of the department, answers "accepted": the due date is required ----
    const olga = await confirmedResident(baseURL, dataDir, { displayName: 'Olga Official', language: 'en', label: 'commitment-official' });
    await grantRoleAs(baseURL, adminSession, olga.id, { role: 'official', scopeType: 'department', scopeId: department.id });
    const olgaCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: olga.cookie });
    const o = await olgaCtx.newPage();
    const olgaErrors = watchErrors(o);
    await o.goto(`/initiatives/${number}`);
    await expectHeading(o, new RegExp(title));
    await o.locator('#f-answer-accepted').check();
    await o.locator('#f-answer-text').fill('Six benches will be installed along the main alley by the end of the month.');
    // the answering department is offered (once the list of departments has come)
    await o.locator(`#f-answer-department option[value="${department.id}"]`).waitFor({ state: 'attached' });
    expect(await o.locator('#f-answer-department').inputValue()).toBe(department.id);
    await o.getByRole('button', { name: tr('en', 'initiatives.answerForm.send') }).click();
    await expectErrorSummary(o, 'en', 'Enter the date by which it will be done.');
    const dueOn = await workingDayAhead(baseURL);
    await o.locator('#f-answer-due').fill(dueOn);
    await screenshot(o, 'journey-commitment-answer-en-desktop');
    await o.getByRole('button', { name: tr('en', 'initiatives.answerForm.send') }).click();
    await o.getByText(tr('en', 'initiatives.done.answered')).waitFor();
    const panel = o.getByTestId('source-commitment');
    await panel.getByText(tr('en', 'commitments.statusName.open')).waitFor();
    await panel.getByRole('link', { name: tr('en', 'commitments.onSource.link') }).click();
    await expectHeading(o, title);
    const commitment = Number(/\/commitments\/(\d+)$/.exec(new URL(o.url()).pathname)![1]);

    // ---- she posts progress ----
    await o.locator('#cm-stage').selectOption('in_progress');
    await o.locator('#cm-percent').fill('40');
    await o.locator('#cm-note').fill('Three benches are in place; three more arrive next week.');
    await o.getByRole('button', { name: tr('en', 'commitments.progressForm.send') }).click();
    await o.getByText(tr('en', 'commitments.progressForm.sent')).waitFor();
    const olgaHistory = o.getByTestId('commitment-history');
    await olgaHistory.getByText(tr('en', 'commitments.entry.progress', { stage: tr('en', 'commitments.stage.in_progress'), percent: 40 })).waitFor();
    await expectSoundPage(o);
    await screenshot(o, 'journey-commitment-progress-en-desktop');

    // ---- Anna finds it in the list on her phone and reads the progress ----
    const annaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: anna.cookie });
    const n = await annaCtx.newPage();
    const annaErrors = watchErrors(n);
    await n.goto(`/commitments?sourceType=initiative&districtId=${district}&status=open`);
    await expectHeading(n, tr('ru', 'commitments.title'));
    await n.getByRole('link', { name: title }).click();
    await expectHeading(n, title);
    expect(await n.getByTestId('commitment-now').textContent()).toMatch(/^Срок выполнения — \d{1,2} [а-я]+ \d{4}; исполнитель: /);
    await n.getByText('Three benches are in place; three more arrive next week.').waitFor();
    await n.getByRole('link', { name: tr('ru', 'commitments.sourceLink', { title: `№ ${number}. ${title}` }) }).waitFor();
    expect(await n.getByRole('button', { name: tr('ru', 'commitments.progressForm.send') }).count()).toBe(0);
    await expectSoundPage(n);
    await screenshot(n, 'journey-commitment-ru-narrow');

    // ---- a commitment past its due date shows overdue (the demo city's, due weeks ago) ----
    await n.goto('/commitments?status=overdue');
    await expectHeading(n, tr('ru', 'commitments.title'));
    const late = n.locator('.cm-item').first();
    await late.locator('.tag', { hasText: tr('ru', 'commitments.statusName.overdue') }).waitFor();
    await screenshot(n, 'journey-commitment-list-overdue-ru-narrow');
    await late.locator('h3 a').click();
    expect(await n.getByTestId('commitment-now').textContent()).toMatch(/^Просрочено: /);
    await n.getByTestId('commitment-history').getByText(tr('ru', 'commitments.entry.overdue')).waitFor();
    await screenshot(n, 'journey-commitment-overdue-ru-narrow');

    // ---- Olga confirms delivery; Anna sees it delivered and may dispute it ----
    await o.getByRole('button', { name: tr('en', 'commitments.deliveryForm.send') }).click();
    await o.getByText(tr('en', 'commitments.deliveryForm.sent')).waitFor();
    await o
      .getByTestId('commitment-now')
      .getByText(/confirmed delivery on/)
      .waitFor();
    await o.goto('/commitments');
    await o.getByRole('row', { name: new RegExp(department.nameEn) }).waitFor();
    await expectSoundPage(o);
    await screenshot(o, 'journey-commitment-list-en-desktop');

    await n.goto(`/commitments/${commitment}`);
    await expectHeading(n, title);
    await n
      .locator('.tag', { hasText: tr('ru', 'commitments.statusName.delivered') })
      .first()
      .waitFor();
    await n.getByRole('button', { name: tr('ru', 'commitments.disputeForm.send') }).waitFor();
    await expectSoundPage(n);
    await screenshot(n, 'journey-commitment-delivered-ru-narrow');
    const view = await apiAs<{ status: string; overdue: boolean; deliveredOn: string | null }>(baseURL, admin, 'GET', `/api/commitments/${commitment}`);
    expect(view).toMatchObject({ status: 'delivered', overdue: false });

    expect(olgaErrors).toEqual([]);
    expect(annaErrors).toEqual([]);
    for (const c of [olgaCtx, annaCtx]) await c.close();
  });
});

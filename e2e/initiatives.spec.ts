// Story: an initiative reaches its threshold and gets an answer. The administrator lowers the thresholds of
// district social initiatives at /admin/initiatives (no other journey uses that type and scope). Anna,
// verified in person in the Nevsky district (Russian, 360 px phone), drafts an initiative — first sending the
// empty form and reading the error summary — and sees what the rule asks of it. Vera (English, desktop) joins
// by the link as a co-initiator, a neighbour joins too, and Anna submits. The administrator, screening as an
// expert may, admits it and names the responsible department. Pyotr, not verified, is told why he cannot
// support. Anna and the neighbour support it; Vera sees the progress, gives the support that reaches the
// threshold, and cannot support twice. The status turns to "awaiting answer" with a due date; an official of
// the department publishes the answer; Anna reads it and the timeline on her phone.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectErrorSummary, expectFocused, expectHeading, grantRoleAs, screenshot, tr, workingDayAhead } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };
const district = 'nevsky';

/** Verifies a resident in person (as the administrator, at the desk) as living in `districtId`. */
async function verify(userId: string, districtId: string): Promise<void> {
  await apiAs(
    baseURL,
    admin,
    'POST',
    '/api/verification/in-person',
    { userId, documentNumber: `40${Math.floor(10 + Math.random() * 89)} ${Math.floor(100000 + Math.random() * 899999)}`, districtId, birthDate: '1984-05-17' },
    201,
  );
}

/** What a page must hold on any screen: no sideways scroll, headings that skip no level, a label on every control. */
async function expectSoundPage(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const levels = [...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) => Number(h.tagName[1]));
    const skipped = levels.filter((l, k) => k > 0 && l > levels[k - 1]! + 1);
    const unlabelled = [...document.querySelectorAll('main input, main select, main textarea')]
      .filter((el) => (el as HTMLInputElement).type !== 'hidden')
      .filter((el) => !(el.id && document.querySelector(`label[for="${el.id}"]`)) && !el.getAttribute('aria-label'))
      .map((el) => el.outerHTML.slice(0, 80));
    return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, skipped, unlabelled };
  });
  expect(found).toEqual({ overflow: 0, skipped: [], unlabelled: [] });
}

describe('an initiative reaches its threshold and gets an answer', () => {
  test('draft, co-initiators, submit, admit, support to the threshold, answer; an unverified resident told why', async () => {
    const title = `Пандус у поликлиники ${Date.now().toString(36)}`;

    // ---- the administrator lowers the thresholds of district social initiatives ----
    const adminCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const a = await adminCtx.newPage();
    const adminErrors = watchErrors(a);
    await a.goto('/admin/initiatives');
    await expectHeading(a, tr('en', 'initiatives.admin.title'));
    await a.locator('#r-social-district-minCoinitiators').fill('2');
    await a.locator('#r-social-district-supportThreshold').fill('3');
    await a.locator('#r-social-district-supportDays').fill('30');
    await a.locator('#r-social-district-answerWorkingDays').fill('10');
    await a.getByRole('button', { name: tr('en', 'initiatives.admin.save') }).click();
    await a.getByText(tr('en', 'initiatives.admin.saved')).waitFor();
    await expectSoundPage(a);
    await screenshot(a, 'journey-initiative-admin-rules-en-desktop');
    const { rules } = await apiAs<{ rules: { type: string; scope: string; minCoinitiators: number; supportThreshold: number }[] }>(
      baseURL,
      admin,
      'GET',
      '/api/initiatives/rules',
    );
    expect(rules.find((r) => r.type === 'social' && r.scope === 'district')).toMatchObject({ minCoinitiators: 2, supportThreshold: 3 });

    // ---- the people ----
    const anna = await confirmedResident(baseURL, dataDir, { displayName: 'Анна Инициатор', language: 'ru', label: 'initiative-anna' });
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Vera Neighbour', language: 'en', label: 'initiative-vera' });
    const boris = await confirmedResident(baseURL, dataDir, { displayName: 'Борис Сосед', language: 'ru', label: 'initiative-boris' });
    const pyotr = await confirmedResident(baseURL, dataDir, { displayName: 'Пётр Непроверенный', language: 'ru', label: 'initiative-pyotr' });
    for (const p of [anna, vera, boris]) await verify(p.id, district);

    // ---- Anna drafts the initiative on her phone ----
    const annaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: anna.cookie });
    const n = await annaCtx.newPage();
    const annaErrors = watchErrors(n);
    await n.goto('/initiatives');
    await expectHeading(n, tr('ru', 'initiatives.title'));
    await n.getByRole('link', { name: tr('ru', 'initiatives.start') }).click();
    await expectHeading(n, tr('ru', 'initiatives.form.newTitle'));
    await n.locator('#f-type-social').check();
    await n.locator('#f-scope-district').check();
    await n.locator('#f-district').selectOption(district);
    // the rule of the chosen type and scope, as the administrator just set it
    await n.getByText(tr('ru', 'initiatives.rule.coinitiators_few', { count: 2 })).waitFor();
    await n.getByText(tr('ru', 'initiatives.rule.supports_few', { n: 3, days: tr('ru', 'initiatives.days_many', { count: 30 }) })).waitFor();
    await n.getByText(tr('ru', 'initiatives.rule.answer_many', { count: 10 })).waitFor();
    // an empty title and text: the error summary says what to fix
    await n.getByRole('button', { name: tr('ru', 'initiatives.form.create') }).click();
    await expectErrorSummary(n, 'ru', /\S/);
    await n.locator('#f-title').fill(title);
    await n
      .locator('#f-text')
      .fill('У поликлиники № 8 нет пандуса: маломобильные жители и родители с колясками не могут попасть внутрь без посторонней помощи.');
    await n.locator('#f-ask').fill('Построить пандус у главного входа поликлиники до конца года.');
    await n.locator('#f-addressee').fill('Администрация Невского района');
    await expectSoundPage(n);
    await screenshot(n, 'journey-initiative-form-ru-narrow');
    await n.getByRole('button', { name: tr('ru', 'initiatives.form.create') }).click();
    await expectHeading(n, new RegExp(title));
    const number = Number(/\/initiatives\/(\d+)$/.exec(new URL(n.url()).pathname)![1]);
    expect(number).toBeGreaterThan(0);
    await n
      .getByText(tr('ru', 'initiatives.coinitiators.missing_few', { count: 2 }))
      .first()
      .waitFor();
    expect(await n.getByRole('button', { name: tr('ru', 'initiatives.authorBox.submit') }).isDisabled()).toBe(true);
    expect(await n.locator('#in-link').inputValue()).toBe(`${baseURL}/initiatives/${number}`);
    await expectSoundPage(n);
    await screenshot(n, 'journey-initiative-draft-ru-narrow');
    // the author corrects the draft: the form starts from what is saved
    await n.getByRole('link', { name: tr('ru', 'initiatives.authorBox.edit') }).click();
    await expectHeading(n, tr('ru', 'initiatives.form.editTitle', { number }));
    expect(await n.locator('#f-title').inputValue()).toBe(title);
    await n.locator('#f-addressee').fill('Администрация Невского района Санкт-Петербурга');
    await n.getByRole('button', { name: tr('ru', 'initiatives.form.save') }).click();
    await expectHeading(n, new RegExp(title));
    await n.getByText('Администрация Невского района Санкт-Петербурга').waitFor();
    // the draft is not in the public list, but its author finds it under «Мои инициативы»
    await n.goto('/initiatives');
    const myDrafts = n.getByRole('region', { name: tr('ru', 'initiatives.mine') });
    await myDrafts.getByRole('link', { name: new RegExp(title) }).waitFor();
    await myDrafts.getByText(tr('ru', 'initiatives.status.draft')).first().waitFor();
    await myDrafts.getByRole('link', { name: new RegExp(title) }).click();
    await expectHeading(n, new RegExp(title));

    // ---- co-initiators join: Vera by the link in the browser, Boris through the API ----
    const veraCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: vera.cookie });
    const v = await veraCtx.newPage();
    const veraErrors = watchErrors(v);
    await v.goto(`/initiatives/${number}`);
    await expectHeading(v, new RegExp(title));
    await v.getByRole('button', { name: tr('en', 'initiatives.coinitiators.join') }).click();
    await v.getByText(tr('en', 'initiatives.done.joined')).waitFor();
    await v.getByRole('button', { name: tr('en', 'initiatives.coinitiators.leave') }).waitFor();
    await apiAs(baseURL, boris, 'POST', `/api/initiatives/${number}/coinitiators`, undefined, 204);

    // ---- Anna submits ----
    await n.reload();
    await expectHeading(n, new RegExp(title));
    await n.getByText(tr('ru', 'initiatives.authorBox.ready')).waitFor();
    await n.getByRole('button', { name: tr('ru', 'initiatives.authorBox.submit') }).click();
    // the last check before the step that cannot be undone
    await n.getByRole('heading', { name: tr('ru', 'initiatives.check.title') }).waitFor();
    await expectFocused(n, '#check-title');
    await n
      .getByRole('group', { name: tr('ru', 'initiatives.check.title') })
      .getByText('Vera Neighbour, Борис Сосед')
      .waitFor();
    await screenshot(n, 'journey-initiative-submit-check-ru-narrow');
    await n.getByRole('button', { name: tr('ru', 'initiatives.check.send'), exact: true }).click();
    await n.getByText(tr('ru', 'initiatives.done.submitted')).waitFor();
    await n
      .getByTestId('initiative-now')
      .getByText(/Эксперты проверяют/)
      .waitFor();

    // ---- the administrator screens it: admissible, with the responsible department ----
    const departments = (await (await fetch(`${baseURL}/api/departments`)).json()) as { items: { id: string; nameEn: string; districtId: string | null }[] };
    const department = departments.items.find((d) => d.districtId === district) ?? departments.items[0]!;
    await a.goto('/admin/initiatives');
    await a.getByRole('link', { name: new RegExp(`${tr('en', 'common.number', { number })}\\.`) }).click();
    await expectHeading(a, new RegExp(title));
    await a.locator('#f-decision-admissible').check();
    await a.locator('#f-department').selectOption(department.id);
    await a.locator('#f-reason').fill('The ramp is a matter for the district administration; the initiative is lawful and specific.');
    await a.getByRole('button', { name: tr('en', 'initiatives.screen.send') }).click();
    await a.getByText(tr('en', 'initiatives.done.admitted')).waitFor();
    await a.getByText(tr('en', 'initiatives.status.collecting'), { exact: true }).first().waitFor();

    // ---- Pyotr, not verified: told why he cannot support ----
    const pyotrCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: pyotr.cookie });
    const p = await pyotrCtx.newPage();
    const pyotrErrors = watchErrors(p);
    await p.goto(`/initiatives/${number}`);
    await expectHeading(p, new RegExp(title));
    const refusal = p.getByTestId('initiative-support-refusal');
    await refusal.getByText(tr('ru', 'initiatives.support.cannot')).waitFor();
    expect(await refusal.textContent()).toMatch(/подтверждённые жители/);
    await refusal.getByRole('link', { name: tr('ru', 'initiatives.verifyLink') }).waitFor();
    expect(await p.getByRole('button', { name: tr('ru', 'initiatives.support.button') }).count()).toBe(0);
    await expectSoundPage(p);
    await screenshot(p, 'journey-initiative-refused-ru-narrow');

    // ---- Anna and Boris support it; Vera gives the support that reaches the threshold ----
    await apiAs(baseURL, anna, 'POST', `/api/initiatives/${number}/supports`, undefined, 201);
    await apiAs(baseURL, boris, 'POST', `/api/initiatives/${number}/supports`, undefined, 201);
    await v.reload();
    await expectHeading(v, new RegExp(title));
    expect(await v.getByTestId('initiative-progress').first().textContent()).toMatch(/^2 of 3 supports \(66 %\) · 30 days left$/);
    await screenshot(v, 'journey-initiative-support-en-desktop');
    await v.getByRole('button', { name: tr('en', 'initiatives.support.button') }).click();
    const ask = v.getByRole('dialog', { name: tr('en', 'initiatives.support.confirmTitle', { title }) });
    expect(await ask.textContent()).toContain(tr('en', 'initiatives.support.confirmText', { next: 3, threshold: 3 }));
    await ask.getByRole('button', { name: tr('en', 'initiatives.support.confirmYes') }).click();
    await v.getByText(tr('en', 'initiatives.done.supported')).waitFor();
    await expectFocused(v, '.in-done');
    await v.getByTestId('initiative-supported').first().waitFor();
    expect(await v.getByRole('button', { name: tr('en', 'initiatives.support.button') }).count()).toBe(0);
    await v.getByText(tr('en', 'initiatives.status.awaiting_answer'), { exact: true }).first().waitFor();
    expect(await v.getByTestId('initiative-progress').first().textContent()).toMatch(/^3 of 3 supports \(100 %\)/);
    await v.getByTestId('initiative-due').waitFor();
    expect(await v.getByTestId('initiative-now').textContent()).toMatch(/must answer by \d{1,2} \w+ \d{4}\.$/);
    await screenshot(v, 'journey-initiative-threshold-en-desktop');
    // a second support is refused, never counted
    const second = await fetch(`${baseURL}/api/initiatives/${number}/supports`, {
      method: 'POST',
      headers: { cookie: `gorod_session=${vera.cookie}`, 'x-csrf-token': vera.csrf, accept: 'application/json', 'accept-language': 'en' },
    });
    expect(second.status).toBe(409);
    const view = await apiAs<{ supportCount: number; status: string; answerDueAt: string | null }>(baseURL, admin, 'GET', `/api/initiatives/${number}`);
    expect(view).toMatchObject({ supportCount: 3, status: 'awaiting_answer' });
    expect(view.answerDueAt).not.toBeNull();

    // ---- an overdue answer says so plainly (the demo city has one) ----
    await v.goto('/initiatives?status=overdue');
    await expectHeading(v, tr('en', 'initiatives.title'));
    await v
      .locator('.in-card')
      .first()
      .locator('.tag', { hasText: tr('en', 'initiatives.overdue') })
      .waitFor();
    await screenshot(v, 'journey-initiative-list-overdue-en-desktop');
    await v.locator('.in-card h2 a').first().click();
    await v.getByTestId('initiative-due').getByText(tr('en', 'initiatives.overdueMark')).waitFor();
    expect(await v.getByTestId('initiative-now').textContent()).toMatch(/^Overdue: /);
    await screenshot(v, 'journey-initiative-overdue-en-desktop');

    // ---- an official of the department publishes the answer ----
    const olga = await confirmedResident(baseURL, dataDir, { displayName: 'Olga Official', language: 'en', label: 'initiative-official' });
    await grantRoleAs(baseURL, adminSession, olga.id, { role: 'official', scopeType: 'department', scopeId: department.id });
    const olgaCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: olga.cookie });
    const o = await olgaCtx.newPage();
    const olgaErrors = watchErrors(o);
    await o.goto(`/initiatives/${number}`);
    await expectHeading(o, new RegExp(title));
    await o.locator('#f-answer-partially').check();
    await o.locator('#f-answer-text').fill('The ramp will be built at the main entrance by October; the side entrance will follow next year.');
    // accepted in part, it becomes the city's commitment: the answering department delivers it, by a working day
    await o.locator(`#f-answer-department option[value="${department.id}"]`).waitFor({ state: 'attached' });
    await o.locator('#f-answer-due').fill(await workingDayAhead(baseURL));
    await o.getByRole('button', { name: tr('en', 'initiatives.answerForm.send') }).click();
    await o.getByText(tr('en', 'initiatives.done.answered')).waitFor();
    await o.getByTestId('initiative-answer').getByText(tr('en', 'initiatives.decision.partially')).waitFor();

    // ---- Anna reads the answer and the timeline ----
    await n.reload();
    await expectHeading(n, new RegExp(title));
    const answer = n.getByTestId('initiative-answer');
    await answer.getByText(tr('ru', 'initiatives.decision.partially')).waitFor();
    await answer.getByText(/The ramp will be built/).waitFor();
    const timeline = n.getByTestId('initiative-timeline');
    for (const s of ['screening', 'collecting', 'awaiting_answer', 'answered'] as const)
      await timeline
        .getByText(tr('ru', `initiatives.status.${s}`), { exact: true })
        .first()
        .waitFor();
    await expectSoundPage(n);
    await screenshot(n, 'journey-initiative-answered-ru-narrow');

    // ---- the list finds it among the answered ones ----
    await n.goto(`/initiatives?status=answered&scope=district&districtId=${district}&type=social`);
    await n.getByRole('link', { name: new RegExp(title) }).waitFor();
    await expectSoundPage(n);
    await screenshot(n, 'journey-initiative-list-ru-narrow');

    expect(adminErrors).toEqual([]);
    expect(annaErrors).toEqual([]);
    expect(veraErrors).toEqual([]);
    expect(pyotrErrors).toEqual([]);
    expect(olgaErrors).toEqual([]);
    for (const c of [adminCtx, annaCtx, veraCtx, pyotrCtx, olgaCtx]) await c.close();
  });
});

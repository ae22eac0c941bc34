// Story: an idea becomes a feasible project. Nadia (Russian, 360 px phone) proposes an idea for the
// city's budget during intake — a too-short title is refused with an error summary, nothing typed is
// lost — and lands on her proposal's page, where she changes its title and cost with the edit form
// (still intake, so she may). The review phase starts; Eric, an expert assigned to the
// heading (English, desktop), finds the proposal in his review queue and decides it is feasible with a
// public opinion, the final cost and the period (an opinion that is too short is refused first). Nadia
// is notified and reads the experts' opinion and the final cost on her proposal's page.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectErrorSummary, expectHeading, grantRoleAs, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };
const DAY = 86_400_000;

describe('a resident proposes, an expert reviews, the resident reads the opinion', () => {
  test('ru phone + en desktop: propose, review feasible with an opinion and final cost, see the opinion', async () => {
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    const stamp = now.toString(36);
    const cycle = await apiAs<{ id: string }>(baseURL, admin, 'POST', '/api/admin/budgeting/cycles', {
      year: 2032,
      title: `Идеи ${stamp}`,
      informingFrom: at(-2),
      intakeFrom: at(-1),
      reviewFrom: at(10),
      votingFrom: at(20),
      tallyingFrom: at(30),
      resultsFrom: at(40),
      implementationFrom: at(50),
    });
    const headingTitle = `Городской бюджет ${stamp}`;
    const withHeading = await apiAs<{ headings: { id: string }[] }>(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/headings`, {
      districtId: null,
      title: headingTitle,
      amount: '5000000',
    });
    const headingId = withHeading.headings[0]!.id;

    const nadia = await confirmedResident(baseURL, dataDir, { displayName: 'Надежда Идеева', language: 'ru', label: 'nadia' });
    const eric = await confirmedResident(baseURL, dataDir, { displayName: 'Eric Expert', language: 'en', label: 'expert' });
    await grantRoleAs(baseURL, adminSession, eric.id, { role: 'expert', scopeType: 'city' });
    await apiAs(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/experts`, { userId: eric.id, headingId }, 201);

    // ---- Nadia, Russian, 360 px: proposes an idea ----
    const nCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: nadia.cookie });
    const n = await nCtx.newPage();
    const nErrors = watchErrors(n);
    await n.goto(`/budgeting/cycles/${cycle.id}`);
    await expectHeading(n, `Идеи ${stamp}`);
    await n
      .getByRole('link', { name: tr('ru', 'proposal.new') })
      .first()
      .click();
    await expectHeading(n, tr('ru', 'proposal.new'));
    await n.getByLabel(tr('ru', 'proposal.heading')).selectOption(headingId);
    const description = 'Поставить питьевые фонтанчики в крупных парках города.\nЛетом негде попить воды.';
    await n.getByLabel(tr('ru', 'proposal.titleLabel')).fill('Вода');
    await n.getByLabel(tr('ru', 'proposal.description')).fill(description);
    await n.getByLabel(tr('ru', 'proposal.topic')).selectOption('improvement');
    await n.getByLabel(tr('ru', 'proposal.cost', { currency: '₽' })).fill('1 000 000');
    await n.getByRole('button', { name: tr('ru', 'proposal.submit') }).click();
    await expectErrorSummary(n, 'ru', /не меньше 5 символов/);
    expect(await n.locator('.error-summary a[href="#f-title"]').count()).toBe(1);
    expect(await n.getByLabel(tr('ru', 'proposal.description')).inputValue()).toBe(description);
    const firstTitle = `Фонтанчики в парках ${stamp}`;
    await n.getByLabel(tr('ru', 'proposal.titleLabel')).fill(firstTitle);
    await n.getByRole('button', { name: tr('ru', 'proposal.submit') }).click();
    await expectHeading(n, new RegExp(firstTitle));
    const proposalPath = new URL(n.url()).pathname;
    expect(proposalPath).toMatch(/^\/budgeting\/proposals\/\d+$/);
    await n.getByText(tr('ru', 'proposal.status.submitted')).first().waitFor();
    await n
      .getByText(/1\s000\s000\s₽/)
      .first()
      .waitFor();

    // she changes the title and the cost while the cycle takes ideas; an empty title is refused, the rest kept
    const number = proposalPath.split('/').pop()!;
    await n.getByRole('link', { name: tr('ru', 'proposal.edit') }).click();
    await expectHeading(n, tr('ru', 'proposal.editTitle', { number }));
    expect(await n.getByLabel(tr('ru', 'proposal.description')).inputValue()).toBe(description);
    expect(await n.getByLabel(tr('ru', 'proposal.cost', { currency: '₽' })).inputValue()).toBe('1000000.00');
    await n.getByLabel(tr('ru', 'proposal.titleLabel')).fill('Вода');
    await n.getByRole('button', { name: tr('ru', 'proposal.editSave') }).click();
    await expectErrorSummary(n, 'ru', /не меньше 5 символов/);
    await screenshot(n, 'budgeting-proposal-edit-ru-phone');
    const title = `Питьевые фонтанчики в парках ${stamp}`;
    await n.getByLabel(tr('ru', 'proposal.titleLabel')).fill(title);
    await n.getByLabel(tr('ru', 'proposal.cost', { currency: '₽' })).fill('1 200 000');
    await n.getByRole('button', { name: tr('ru', 'proposal.editSave') }).click();
    await n.getByText(tr('ru', 'proposal.edited')).waitFor();
    await expectHeading(n, new RegExp(title));
    expect(new URL(n.url()).pathname).toBe(proposalPath);
    await n
      .getByText(/1\s200\s000\s₽/)
      .first()
      .waitFor();
    // the text keeps its line break; the author follows what she proposed
    expect(await n.locator('.pb-proposal__body br').count()).toBe(1);
    await n.getByRole('button', { name: tr('ru', 'follow.unfollow') }).waitFor();
    await screenshot(n, 'budgeting-propose-ru-phone');

    // ---- the administrator (English, desktop) renames the heading and removes an empty one ----
    const spare = `Пустой бюджет ${stamp}`;
    await apiAs(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/headings`, { districtId: 'nevsky', title: spare, amount: '100000' }, 201);
    const aCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const a = await aCtx.newPage();
    const aErrors = watchErrors(a);
    await a.goto(`/admin/budgeting/cycles/${cycle.id}`);
    await expectHeading(a, `Идеи ${stamp}`);
    await a.getByRole('button', { name: tr('en', 'pb.editHeadingFor', { title: headingTitle }) }).click();
    expect(await a.getByLabel(tr('en', 'pb.headingTitle')).inputValue()).toBe(headingTitle);
    await a.getByLabel(tr('en', 'pb.amount', { currency: '₽' })).fill('6000000');
    await a.getByRole('button', { name: tr('en', 'pb.saveHeading') }).click();
    await a.getByText(tr('en', 'pb.headingSaved', { title: headingTitle })).waitFor();
    await a.getByText('₽6m').first().waitFor();
    // a heading with proposals cannot be removed, so only the empty one offers it
    expect(await a.getByRole('button', { name: tr('en', 'pb.deleteHeadingFor', { title: headingTitle }) }).count()).toBe(0);
    await a.getByRole('button', { name: tr('en', 'pb.deleteHeadingFor', { title: spare }) }).click();
    await a
      .getByRole('dialog', { name: tr('en', 'pb.deleteHeadingConfirm', { title: spare }) })
      .getByRole('button', { name: tr('en', 'pb.deleteHeading') })
      .click();
    await a.getByText(tr('en', 'pb.headingDeleted', { title: spare })).waitFor();
    expect(await a.getByRole('heading', { name: spare }).count()).toBe(0);
    await screenshot(a, 'budgeting-admin-cycle-en-desktop');
    expect(aErrors).toEqual([]);
    await aCtx.close();

    // ---- review starts ----
    await apiAs(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/advance`);
    const phase = await apiAs<{ phase: string }>(baseURL, admin, 'GET', `/api/budgeting/cycles/${cycle.id}`);
    expect(phase.phase).toBe('review');

    // ---- Eric, English, desktop: reviews it ----
    const eCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: eric.cookie });
    const e = await eCtx.newPage();
    const eErrors = watchErrors(e);
    await e.goto('/budgeting');
    await e.getByRole('link', { name: tr('en', 'review.title') }).click();
    await expectHeading(e, tr('en', 'review.title'));
    await e.getByRole('link', { name: new RegExp(title) }).click();
    await expectHeading(e, new RegExp(title));
    await e.getByLabel(tr('en', 'review.feasible'), { exact: true }).check();
    await e.getByLabel(tr('en', 'review.opinion')).fill('Yes.');
    await e.getByLabel(tr('en', 'review.finalCost', { currency: '₽' })).fill('1350000');
    await e.getByLabel(tr('en', 'review.months')).fill('9');
    await e.getByRole('button', { name: tr('en', 'review.save') }).click();
    await e
      .locator('.pb-review-form .error-summary')
      .getByText(/at least 20 characters/)
      .first()
      .waitFor();
    const opinion = 'Feasible: the parks have water mains nearby; Vodokanal will maintain the fountains.';
    await e.getByLabel(tr('en', 'review.opinion')).fill(opinion);
    await e.getByRole('button', { name: tr('en', 'review.save') }).click();
    await e.getByRole('heading', { name: tr('en', 'proposal.opinion') }).waitFor();
    await e.getByText(tr('en', 'proposal.verdict.feasible')).waitFor();
    await e.getByText('₽1,350,000').first().waitFor();
    await screenshot(e, 'budgeting-review-en-desktop');

    // ---- Nadia is notified and reads the opinion ----
    await eventually(n, async () => {
      const list = await apiAs<{ items: { text: string }[] }>(baseURL, nadia, 'GET', '/api/notifications');
      return list.items.some((i) => i.text.includes(title));
    });
    await n.goto(proposalPath);
    await n.getByRole('heading', { name: tr('ru', 'proposal.opinion') }).waitFor();
    await n.getByText(tr('ru', 'proposal.verdict.feasible')).waitFor();
    await n.getByText(opinion).waitFor();
    await n
      .getByText(/1\s350\s000\s₽/)
      .first()
      .waitFor();
    await n.getByText(tr('ru', 'proposal.months_many', { count: 9 })).waitFor();
    // the review has started: its authors can no longer change it
    expect(await n.getByRole('link', { name: tr('ru', 'proposal.edit') }).count()).toBe(0);
    await screenshot(n, 'budgeting-opinion-ru-phone');

    expect(nErrors).toEqual([]);
    expect(eErrors).toEqual([]);
    await nCtx.close();
    await eCtx.close();
  });
});

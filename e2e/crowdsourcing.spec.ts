// Story: an idea goes from submission to credited implementation. The administrator (English, desktop) poses a
// problem at /admin/crowdsourcing — brief, four phase dates, an expert found by e-mail — and publishes it. Nadia
// (Russian, 360 px phone) sends an idea: a too-short title is refused with an error summary, then it is published
// and she follows it. Boris sends another idea. Olga (English, desktop) rates Nadia's idea 5 stars with the radio
// group and comments it. The administrator starts the expert selection and shortlists both ideas with public
// reasons, starts the voting phase and the vote (a poll over the shortlist). Nadia votes on the poll's own page in
// the browser, Olga over HTTP. The administrator closes the poll early (polls admin API), starts the
// implementation and publishes the report accepting Nadia's idea. Nadia's public profile lists it under "Ideas the
// city implemented"; the project page shows the report, the votes and the figures: 3 participants, 2 ideas, 50 %
// accepted.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectErrorSummary, expectHeading, screenshot, tr, workingDayAhead } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };

interface ProjectView {
  number: number;
  phase: string;
  pollId: string | null;
  pollClosed: boolean;
  figures: { participants: number; ideas: number; shortlisted: number; accepted: number; acceptedShare: number };
}

describe('an idea goes from submission to credited implementation', () => {
  test('admin en desktop poses and runs the project; ru phone submits, votes and is credited; en desktop rates and comments', async () => {
    const stamp = Date.now().toString(36);
    const title = `Quiet courtyards ${stamp}`;
    const eric = await confirmedResident(baseURL, dataDir, { displayName: `Eric Expert ${stamp}`, language: 'en', label: 'crowd-expert' });
    const nadia = await confirmedResident(baseURL, dataDir, { displayName: 'Надежда Идеева', language: 'ru', label: 'crowd-nadia' });
    const boris = await confirmedResident(baseURL, dataDir, { displayName: 'Борис Второй', language: 'ru', label: 'crowd-boris' });
    const olga = await confirmedResident(baseURL, dataDir, { displayName: 'Olga Rater', language: 'en', label: 'crowd-olga' });

    // ---- the administrator poses the problem and publishes it ----
    const aCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const a = await aCtx.newPage();
    const aErrors = watchErrors(a);
    a.on('dialog', (d) => void d.accept());
    await a.goto('/admin/crowdsourcing');
    await expectHeading(a, tr('en', 'crowd.admin.title'));
    await a.getByLabel(tr('en', 'crowd.admin.projectTitle')).fill(title);
    await a.getByLabel(tr('en', 'crowd.admin.problem')).fill('Courtyards in the centre are loud and dark at night.');
    await a
      .getByLabel(tr('en', 'crowd.admin.brief'))
      .fill('Suggest how to make the courtyards of the historic centre quieter and safer at night without closing them to residents.');
    // the default dates start the ideas phase today; one choice in the vote
    await a.getByLabel(tr('en', 'crowd.admin.maxChoices')).fill('1');
    await a.getByLabel(tr('en', 'crowd.admin.findExpert')).fill(eric.email);
    await a.getByRole('button', { name: tr('en', 'crowd.admin.find'), exact: true }).click();
    await a.getByRole('button', { name: tr('en', 'crowd.admin.addExpert', { name: eric.displayName }) }).click();
    await a.getByRole('link', { name: eric.displayName }).waitFor();
    await screenshot(a, 'crowd-admin-new-en-desktop');
    await a.getByRole('button', { name: tr('en', 'crowd.admin.create') }).click();
    await expectHeading(a, title);
    await a.getByText(tr('en', 'crowd.admin.created')).waitFor();
    const number = Number(new URL(a.url()).searchParams.get('project'));
    expect(number).toBeGreaterThan(0);
    await a.getByRole('button', { name: tr('en', 'crowd.admin.publish') }).click();
    await a.getByText(tr('en', 'crowd.admin.publishedDone')).waitFor();
    const published = await apiAs<ProjectView>(baseURL, admin, 'GET', `/api/crowdsourcing/projects/${number}`);
    expect(published.phase).toBe('ideas');

    // ---- Nadia, Russian, 360 px: finds the project and sends an idea ----
    const nCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: nadia.cookie });
    const n = await nCtx.newPage();
    const nErrors = watchErrors(n);
    await n.goto('/crowdsourcing');
    await expectHeading(n, tr('ru', 'crowd.title'));
    await n.getByRole('link', { name: title }).waitFor();
    await screenshot(n, 'crowd-projects-ru-phone');
    await n.getByRole('link', { name: title }).click();
    await expectHeading(n, title);
    expect(await n.locator('.cs-phase-now').textContent()).toMatch(/^Идеи принимаются до \d+ \S+ \d{4} включительно/);
    const ideaTitle = `Фонари с датчиками движения ${stamp}`;
    const ideaText = 'Поставить во дворах фонари с датчиками движения.\nСвет включается, только когда кто-то идёт, и не мешает спать.';
    await n.getByLabel(tr('ru', 'crowd.form.title')).fill('Свет');
    await n.getByLabel(tr('ru', 'crowd.form.text')).fill(ideaText);
    await n.getByRole('button', { name: tr('ru', 'crowd.form.submit') }).click();
    await expectErrorSummary(n, 'ru', /5/);
    expect(await n.getByLabel(tr('ru', 'crowd.form.text')).inputValue()).toBe(ideaText);
    await screenshot(n, 'crowd-idea-form-error-ru-phone');
    await n.getByLabel(tr('ru', 'crowd.form.title')).fill(ideaTitle);
    await n.getByRole('button', { name: tr('ru', 'crowd.form.submit') }).click();
    await expectHeading(n, new RegExp(ideaTitle));
    await n.getByText(tr('ru', 'crowd.idea.created')).waitFor();
    const ideaPath = new URL(n.url()).pathname;
    expect(ideaPath).toMatch(/^\/crowdsourcing\/ideas\/\d+$/);
    const ideaNumber = Number(ideaPath.split('/').pop());
    await n.getByRole('button', { name: tr('ru', 'follow.unfollow') }).waitFor();
    await n.getByText(tr('ru', 'crowd.rating.ownIdea')).waitFor();
    await screenshot(n, 'crowd-idea-submitted-ru-phone');

    // ---- Boris sends another idea over HTTP ----
    const second = await apiAs<{ number: number }>(
      baseURL,
      boris,
      'POST',
      `/api/crowdsourcing/projects/${number}/ideas`,
      { title: `Тихие часы для доставки ${stamp}`, text: 'Запретить разгрузку машин доставки во дворах с 23:00 до 7:00.' },
      201,
    );

    // ---- Olga, English, desktop: rates Nadia's idea 5 stars in the list and comments it ----
    const oCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: olga.cookie });
    const o = await oCtx.newPage();
    const oErrors = watchErrors(o);
    await o.goto(`/crowdsourcing/${number}`);
    await expectHeading(o, title);
    const card = o.locator('.cs-idea-card').filter({ hasText: ideaTitle });
    const stars = card.getByRole('group', { name: new RegExp(tr('en', 'crowd.rating.yours')) });
    await stars.getByRole('radio', { name: '5 stars' }).check();
    await card.getByText(tr('en', 'crowd.rating.saved', { value: 5 })).waitFor();
    await card.getByText('5.0 of 5').waitFor();
    // the group is keyboard-operable: the chosen radio is checked, the others not
    expect(await stars.getByRole('radio', { name: '5 stars' }).isChecked()).toBe(true);
    expect(await stars.getByRole('radio', { name: '4 stars' }).isChecked()).toBe(false);
    await screenshot(o, 'crowd-project-ideas-en-desktop');
    // after a reload the list remembers her rating
    await o.reload();
    await expectHeading(o, title);
    const again = o.locator('.cs-idea-card').filter({ hasText: ideaTitle }).getByRole('radio', { name: '5 stars' });
    await again.waitFor({ state: 'attached' });
    expect(await again.isChecked()).toBe(true);
    await card.getByRole('link', { name: new RegExp(ideaTitle) }).click();
    await expectHeading(o, new RegExp(ideaTitle));
    // the idea page shows her rating
    expect(await o.getByRole('radio', { name: '5 stars' }).isChecked()).toBe(true);
    // the arrow keys change it (each choice saved, the last one wins)
    await o.getByRole('radio', { name: '5 stars' }).focus();
    await o.keyboard.press('ArrowLeft');
    await o.getByText(tr('en', 'crowd.rating.saved', { value: 4 })).waitFor();
    await o.keyboard.press('ArrowRight');
    await o.getByText(tr('en', 'crowd.rating.saved', { value: 5 })).waitFor();
    const comment = 'Good idea: the motion sensors should be set so cats do not switch the lights on all night.';
    await o.getByLabel(tr('en', 'comment.newLabel')).fill(comment);
    await o.getByRole('button', { name: tr('en', 'comment.send'), exact: true }).click();
    await o.getByText(tr('en', 'comment.posted')).waitFor();
    await o.locator('.comment').filter({ hasText: comment }).waitFor();
    const rated = await apiAs<{ ratingCount: number; ratingAverage: number; commentCount: number }>(
      baseURL,
      olga,
      'GET',
      `/api/crowdsourcing/ideas/${ideaNumber}`,
    );
    expect(rated).toMatchObject({ ratingCount: 1, ratingAverage: 5, commentCount: 1 });

    // ---- the administrator starts the selection and shortlists both ideas with public reasons ----
    await a.goto(`/admin/crowdsourcing?project=${number}`);
    await expectHeading(a, title);
    await a.getByRole('button', { name: tr('en', 'crowd.admin.advance', { phase: tr('en', 'crowd.phase.selection') }) }).click();
    await a
      .getByRole('dialog')
      .getByRole('button', { name: tr('en', 'crowd.admin.advance', { phase: tr('en', 'crowd.phase.selection') }) })
      .click();
    await a.getByText(tr('en', 'crowd.admin.advanced', { phase: tr('en', 'crowd.phase.selection') })).waitFor();
    for (const [num, reason] of [
      [ideaNumber, 'Cheap to install, saves energy and answers the noise-and-dark problem directly.'],
      [second.number, 'Deliveries at night are the main source of noise residents complain about.'],
    ] as const) {
      await a.goto(`/crowdsourcing/ideas/${num}`);
      await a.getByRole('heading', { name: tr('en', 'crowd.review.title') }).waitFor();
      await a.getByLabel(tr('en', 'crowd.review.shortlist')).check();
      await a.getByLabel(tr('en', 'crowd.review.reason')).fill(reason);
      await a.getByRole('button', { name: tr('en', 'crowd.review.save') }).click();
      await a.getByText(tr('en', 'crowd.review.saved')).waitFor();
      await a.getByText(tr('en', 'crowd.idea.verdict.shortlisted')).waitFor();
      await a.getByText(reason).first().waitFor();
    }
    await screenshot(a, 'crowd-idea-reviewed-en-desktop');

    // ---- the voting phase and the vote ----
    await a.goto(`/admin/crowdsourcing?project=${number}`);
    await expectHeading(a, title);
    await a.getByRole('button', { name: tr('en', 'crowd.admin.advance', { phase: tr('en', 'crowd.phase.voting') }) }).click();
    await a
      .getByRole('dialog')
      .getByRole('button', { name: tr('en', 'crowd.admin.advance', { phase: tr('en', 'crowd.phase.voting') }) })
      .click();
    await a.getByText(tr('en', 'crowd.admin.advanced', { phase: tr('en', 'crowd.phase.voting') })).waitFor();
    await a.getByRole('button', { name: tr('en', 'crowd.admin.startVote') }).click();
    await a.getByText(tr('en', 'crowd.admin.voteStarted')).waitFor();
    await screenshot(a, 'crowd-admin-vote-en-desktop');
    const voting = await apiAs<ProjectView>(baseURL, admin, 'GET', `/api/crowdsourcing/projects/${number}`);
    expect(voting.phase).toBe('voting');
    const pollId = voting.pollId!;
    expect(pollId).toBeTruthy();

    // Nadia votes in the browser, from the project page
    await n.goto(`/crowdsourcing/${number}`);
    await expectHeading(n, title);
    await n.getByRole('link', { name: tr('ru', 'crowd.vote.go') }).waitFor();
    await screenshot(n, 'crowd-project-voting-ru-phone');
    await n.getByRole('link', { name: tr('ru', 'crowd.vote.go') }).click();
    await expectHeading(n, title);
    await n.getByLabel(ideaTitle).check();
    await n.getByRole('button', { name: tr('ru', 'polls.continue') }).click();
    await n.getByRole('button', { name: tr('ru', 'polls.send') }).click();
    await n.getByTestId('poll-receipt-code').waitFor();

    // Olga over HTTP
    const poll = await apiAs<{ questions: { id: string; options: { id: string; text: string }[] }[] }>(baseURL, olga, 'GET', `/api/polls/${pollId}`);
    const q = poll.questions[0]!;
    expect(q.options.map((x) => x.text)).toContain(ideaTitle);
    await apiAs(
      baseURL,
      olga,
      'POST',
      `/api/polls/${pollId}/responses`,
      { answers: [{ questionId: q.id, optionIds: [q.options.find((x) => x.text === ideaTitle)!.id] }] },
      201,
    );

    // ---- the poll closes early; implementation; the report accepts Nadia's idea ----
    await apiAs(baseURL, admin, 'POST', `/api/admin/polls/${pollId}/close`);
    await a.goto(`/admin/crowdsourcing?project=${number}`);
    await expectHeading(a, title);
    await a.getByRole('button', { name: tr('en', 'crowd.admin.advance', { phase: tr('en', 'crowd.phase.implementation') }) }).click();
    await a
      .getByRole('dialog')
      .getByRole('button', { name: tr('en', 'crowd.admin.advance', { phase: tr('en', 'crowd.phase.implementation') }) })
      .click();
    await a.getByText(tr('en', 'crowd.admin.advanced', { phase: tr('en', 'crowd.phase.implementation') })).waitFor();
    await a
      .getByLabel(tr('en', 'crowd.admin.reportText'))
      .fill('Motion-sensor lights were installed in 40 courtyards of the Admiralteysky and Central districts in the spring.');
    await a.getByLabel(new RegExp(`^${tr('en', 'common.number', { number: ideaNumber })}\\. `)).check();
    await a.getByLabel(tr('en', 'crowd.admin.note', { number: ideaNumber })).fill('Installed in 40 courtyards; the sensors switch off after two minutes.');
    // the accepted idea is the city's commitment: who delivers it and by when — without the day, the form says so at the field
    await a.locator(`#f-department-${ideaNumber} option[value="committee-improvement"]`).waitFor({ state: 'attached' });
    await a.getByLabel(tr('en', 'crowd.admin.department', { number: ideaNumber })).selectOption('committee-improvement');
    await a.getByRole('button', { name: tr('en', 'crowd.admin.publishReport') }).click();
    await expectErrorSummary(a, 'en', 'Enter the date by which it will be done.');
    await a.locator(`#f-due-${ideaNumber}[aria-invalid="true"]`).waitFor();
    await a.getByLabel(tr('en', 'crowd.admin.dueOn', { number: ideaNumber })).fill(await workingDayAhead(baseURL));
    await screenshot(a, 'crowd-admin-report-en-desktop');
    await a.getByRole('button', { name: tr('en', 'crowd.admin.publishReport') }).click();
    await a.getByText(tr('en', 'crowd.admin.reportDone')).waitFor();
    // the idea's page shows the commitment it became
    await n.goto(`/crowdsourcing/ideas/${ideaNumber}`);
    await n
      .getByTestId('source-commitment')
      .getByRole('link', { name: tr('ru', 'commitments.onSource.link') })
      .waitFor();

    // ---- Nadia's public profile credits her ----
    await n.goto(`/people/${nadia.id}`);
    await expectHeading(n, nadia.displayName);
    const credited = n.getByRole('region', { name: tr('ru', 'person.authored.idea') });
    await credited.getByRole('link', { name: new RegExp(ideaTitle) }).waitFor();
    await screenshot(n, 'crowd-person-credited-ru-phone');

    // ---- the project page: report, votes, figures ----
    const done = await apiAs<ProjectView>(baseURL, admin, 'GET', `/api/crowdsourcing/projects/${number}`);
    expect(done).toMatchObject({
      phase: 'completed',
      pollClosed: true,
      figures: { participants: 3, ideas: 2, shortlisted: 2, accepted: 1, acceptedShare: 0.5 },
    });
    await o.goto(`/crowdsourcing/${number}`);
    await expectHeading(o, title);
    await o.getByRole('heading', { name: tr('en', 'crowd.report.title') }).waitFor();
    const figuresText = async (page: typeof o) => (await page.getByTestId('crowd-figures').locator('li').allTextContents()).join(' ').replace(/\s+/g, ' ');
    expect(await figuresText(o)).toMatch(/3 participants 2 ideas 2 shortlisted for the vote 1 accepted by the city 50% of ideas accepted/);
    const report = o.locator('.cs-report');
    await report.getByRole('link', { name: nadia.displayName }).waitFor();
    await report.locator('.cs-accepted__item').getByText('Installed in 40 courtyards; the sensors switch off after two minutes.').waitFor();
    await o.locator('.cs-votes').getByText(tr('en', 'crowd.idea.accepted')).waitFor();
    await screenshot(o, 'crowd-project-completed-en-desktop');
    await n.goto(`/crowdsourcing/${number}`);
    await expectHeading(n, title);
    await n.locator('.cs-accepted__item').getByRole('link', { name: nadia.displayName }).waitFor();
    expect(await figuresText(n)).toMatch(/3 участника 2 идеи 2 отобраны на голосование 1 принята городом 50 % идей принято/);
    await screenshot(n, 'crowd-project-completed-ru-phone');

    expect(aErrors).toEqual([]);
    expect(nErrors).toEqual([]);
    expect(oErrors).toEqual([]);
    await aCtx.close();
    await nCtx.close();
    await oCtx.close();
  });
});

// Story: a district administration announces a volunteering project with a short shift; a resident finds it and signs
// up on a phone, in Russian. When the shift is over, the organiser (an official, on a desktop, in English) opens the
// sign-ups and confirms the volunteer's hours. The volunteer's profile shows them in the volunteer record, and the
// points for them arrive. An admin of the demo NGO (Russian, 360 px) announces a project on its behalf through the form
// from the community's page and finds it there; a visitor (English, 1280 px) sees it on the community's page too.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, phone, specBrowser, watchErrors } from './browser.js';
import { eventually, expectHeading, screenshot, tr } from './helpers.js';
import { demoOrganisationAdmin } from './organisation.js';
import { siteNav } from './nav.js';
import { announceProject, squareShift, volunteeringCast } from './volunteering-setup.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

describe('volunteering', () => {
  test('a volunteer signs up for a shift, the organiser confirms the hours, the profile shows them and points arrive', async () => {
    const { tag, official, volunteer } = await volunteeringCast(
      { baseURL, dataDir, adminSession },
      { official: 'Official Volunteering', volunteer: 'Вера Волонтёрова', label: 'vol' },
    );
    // a shift that starts soon and lasts a second: the organiser may confirm its hours once it is over. The sign-up
    // below takes a few seconds; the margin is for a loaded machine (the start refuses a late sign-up with a message)
    const startsAt = new Date(Date.now() + 20_000);
    const title = `Уборка сквера ${tag}`;
    const project = await announceProject(baseURL, official, {
      title,
      description: 'Убираем листву в сквере у Никольского собора.',
      shifts: [squareShift('Утренняя смена', startsAt, 1_000, 3)],
    });

    // ---- the volunteer signs up on the project's page ----
    const phoneCtx = await browser.context({ viewport: phone, lang: 'ru', sessionCookie: volunteer.cookie });
    const page = await phoneCtx.newPage();
    const errors = watchErrors(page);
    await page.goto(`/volunteering/${project.id}`);
    await expectHeading(page, title);
    await page.getByRole('button', { name: tr('ru', 'volunteering.signUp') }).click();
    await page.getByText(tr('ru', 'volunteering.signedUpDone')).waitFor();
    await page.getByText(tr('ru', 'volunteering.youAreIn')).waitFor();
    await screenshot(page, 'volunteering-signed-up-ru-phone');

    // ---- the organiser confirms the hours once the shift is over ----
    const deskCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: official.cookie });
    const desk = await deskCtx.newPage();
    const deskErrors = watchErrors(desk);
    await desk.goto(`/volunteering/${project.id}/organise`);
    await expectHeading(desk, tr('en', 'volunteering.organiseTitle', { title }));
    await desk.getByRole('link', { name: volunteer.displayName }).waitFor();
    const hoursLabel = tr('en', 'volunteering.hoursLabel', { name: volunteer.displayName });
    await eventually(desk, async () => (await desk.getByLabel(hoursLabel).count()) > 0, 60_000);
    await desk.getByLabel(hoursLabel).fill('0.25');
    await desk.getByRole('button', { name: tr('en', 'volunteering.confirm') }).click();
    await desk.getByText(tr('en', 'volunteering.confirmedDone')).waitFor();
    await desk.getByText(tr('en', 'volunteering.confirmedAs', { hours: 0.25 })).waitFor();
    await screenshot(desk, 'volunteering-organise-en-desktop');
    expect(deskErrors).toEqual([]);
    await deskCtx.close();

    // ---- the volunteer's profile shows the hours; the points arrive ----
    await page.goto(`/people/${volunteer.id}`);
    const record = page.getByTestId('volunteer-record');
    await record.getByRole('link', { name: title }).waitFor();
    await record.getByText(tr('ru', 'volunteering.record.total', { hours: '0,25', shifts: 1 })).waitFor();
    await screenshot(page, 'volunteering-record-ru-phone');
    await (await siteNav(page, 'ru')).getByRole('link', { name: tr('ru', 'nav.points') }).click();
    await expectHeading(page, tr('ru', 'points.title'));
    // a quarter of an hour at 10 points an hour
    await eventually(page, async () => (await page.getByTestId('points-balance').textContent()) === '2');
    await page.getByRole('cell', { name: tr('ru', 'points.action.volunteer.hours') }).waitFor();
    expect(errors).toEqual([]);
    await phoneCtx.close();
  });

  test('ru 360 px + en 1280 px: an admin of the demo NGO announces a project on its behalf through the form; its page lists it', async () => {
    const { groupId, groupName, admin } = await demoOrganisationAdmin(
      { baseURL, dataDir, adminSession },
      { displayName: 'Игорь Организаторов', language: 'ru', label: 'ngo-admin' },
    );
    const title = `Субботник в сквере ${Date.now().toString(36)}`;
    // a week ahead, in the city's time as the form takes it
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

    // ---- the admin, Russian, 360 px: from the community's page to the form, which picks the community ----
    const adminCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: admin.cookie });
    const a = await adminCtx.newPage();
    const adminErrors = watchErrors(a);
    await a.goto(`/groups/${groupId}`);
    await expectHeading(a, groupName);
    await a.getByRole('link', { name: tr('ru', 'groups.work.newProject') }).click();
    await expectHeading(a, tr('ru', 'volunteering.form.title'));
    await expect.poll(() => a.locator('#groupId').inputValue()).toBe(groupId);
    await a.getByLabel(tr('ru', 'volunteering.form.projectTitle'), { exact: true }).fill(title);
    await a.getByLabel(tr('ru', 'volunteering.form.description')).fill('Сгребаем листву и красим скамейки у Театральной площади.');
    await a.locator('[id="shifts.0.title"]').fill('Утренняя смена');
    await a.locator('[id="shifts.0.startsAt"]').fill(`${day}T10:00`);
    await a.locator('[id="shifts.0.endsAt"]').fill(`${day}T13:00`);
    await a.locator('[id="shifts.0.onlineUrl"]').fill('https://example.org/ngo-briefing');
    await screenshot(a, 'volunteering-ngo-form-ru-360');
    await a.getByRole('button', { name: tr('ru', 'volunteering.form.submit') }).click();
    await expectHeading(a, title);
    await a.getByRole('link', { name: groupName }).first().click();
    await expectHeading(a, groupName);
    await a
      .getByRole('region', { name: tr('ru', 'groups.work.volunteering') })
      .getByRole('link', { name: title })
      .waitFor();
    expect(await a.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll on a phone').toBeLessThanOrEqual(0);
    await screenshot(a, 'volunteering-ngo-group-ru-360');
    expect(adminErrors).toEqual([]);
    await adminCtx.close();

    // ---- a visitor, English, 1280 px: the community's page lists the project ----
    const visitorCtx = await browser.context({ viewport: desktop, lang: 'en' });
    const v = await visitorCtx.newPage();
    await v.goto(`/groups/${groupId}`);
    await expectHeading(v, groupName);
    await v
      .getByRole('region', { name: tr('en', 'groups.work.volunteering') })
      .getByRole('link', { name: title })
      .click();
    await expectHeading(v, title);
    await screenshot(v, 'volunteering-ngo-project-en-1280');
    await visitorCtx.close();
  });
});

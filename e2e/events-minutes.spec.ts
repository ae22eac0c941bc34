// Story: a poll closed; the administrator (English, desktop) opens a meeting on its result from the poll's page,
// with an image and three days of early registration for those who answered. Pavel, who answered (Russian, 360 px),
// is told on the meeting's page that he may register before everyone, and registers; a neighbour who did not answer
// may not yet. The meeting begins (moved to now through the organiser's edit): the administrator makes the code for
// the door. It is over (moved into the past): she ticks Pavel as present and publishes minutes with decisions and a
// photo (too short a text refused beside its field first); the minutes link
// back to the poll, and the poll's page lists the meeting. Apart: a resident's own event waits in the moderation
// queue until the administrator approves it there.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectHeading, photo, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };
const day = 86_400_000;

/** A day `days` from now as a datetime-local input takes it, at the given time (on the city's clock). */
const inDays = (days: number, time: string) => `${new Date(Date.now() + days * day).toISOString().slice(0, 10)}T${time}`;

type PollView = { id: string; questions: { id: string; options: { id: string }[] }[] };

describe('a meeting opened on a closed poll: early registration, attendance, minutes that link back', () => {
  test('open from the poll; participant registers early; code, attendance and minutes; minutes link to the poll, which lists the meeting', async () => {
    const tag = Date.now().toString(36);
    const pollTitle = `Benches on the embankment ${tag}`;
    const title = `Meeting on the benches ${tag}`;

    // ---- a poll that Pavel answered, closed by the administrator ----
    const { id: pollId } = await apiAs<{ id: string }>(
      baseURL,
      admin,
      'POST',
      '/api/admin/polls',
      {
        title: pollTitle,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
        questions: [{ kind: 'single', text: 'More benches on the embankment?', options: ['Yes', 'No'] }],
      },
      201,
    );
    await apiAs(baseURL, admin, 'POST', `/api/admin/polls/${pollId}/publish`, {});
    const pavel = await confirmedResident(baseURL, dataDir, { displayName: 'Павел Участник', language: 'ru', label: 'meeting-participant' });
    const poll = await apiAs<PollView>(baseURL, pavel, 'GET', `/api/polls/${pollId}`);
    await apiAs(baseURL, pavel, 'POST', `/api/polls/${pollId}/responses`, {
      answers: [{ questionId: poll.questions[0]!.id, optionIds: [poll.questions[0]!.options[0]!.id] }],
    });
    await apiAs(baseURL, admin, 'POST', `/api/admin/polls/${pollId}/close`, {});

    // ---- the administrator opens a meeting from the poll's page ----
    const adminCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const a = await adminCtx.newPage();
    const adminErrors = watchErrors(a);
    await a.goto(`/polls/${pollId}`);
    await expectHeading(a, pollTitle);
    await a.getByRole('link', { name: tr('en', 'eventsAfter.openMeeting') }).click();
    await expectHeading(a, tr('en', 'eventsOrganise.newTitle'));
    await a.getByText(tr('en', 'eventsAfter.openingOn.poll')).waitFor();
    await a.getByLabel(tr('en', 'eventsOrganise.kind.online'), { exact: true }).check();
    await a.locator('#f-title').fill(title);
    await a.locator('#f-description').fill('What the poll decided about benches, and where they go first.');
    await a.locator('#f-image').setInputFiles(photo('poster.png'));
    await a.locator('.photo-upload__item img').waitFor();
    await a.locator('#f-onlineUrl').fill('https://meet.example.org/benches');
    await a.locator('#f-startsAt').fill(inDays(10, '18:00'));
    await a.locator('#f-endsAt').fill(inDays(10, '20:00'));
    await a.locator('#f-registrationOpensAt').fill(inDays(5, '10:00'));
    await a.locator('#f-priorityDays').fill('7');
    await screenshot(a, 'journey-meeting-form-en-desktop');
    await a.getByRole('button', { name: tr('en', 'eventsOrganise.publish') }).click();
    await expectHeading(a, title);
    const id = new URL(a.url()).pathname.split('/').pop()!;
    await a.locator('.event-source').getByRole('link', { name: pollTitle }).waitFor();
    await a.getByText(tr('en', 'eventsAfter.earlyOthers.poll_other', { count: 7 })).waitFor();

    // ---- Pavel, who answered, may register before everyone; a neighbour may not yet ----
    const pavelCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: pavel.cookie });
    const p = await pavelCtx.newPage();
    const pavelErrors = watchErrors(p);
    await p.goto(`/events/${id}`);
    await expectHeading(p, title);
    await p.getByText(tr('ru', 'eventsAfter.earlyYou.poll')).waitFor();
    await p.getByRole('button', { name: tr('ru', 'events.register'), exact: true }).click();
    await p.getByText(tr('ru', 'events.youAreRegistered')).waitFor();
    expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll on a phone').toBeLessThanOrEqual(0);
    await screenshot(p, 'journey-meeting-early-registration-ru-narrow');
    const neighbour = await confirmedResident(baseURL, dataDir, { displayName: 'Сосед Без Ответа', language: 'ru', label: 'meeting-neighbour' });
    const seen = await apiAs<{ registration: { allowed: boolean; reason: string | null } }>(baseURL, neighbour, 'GET', `/api/events/${id}`);
    expect(seen.registration).toMatchObject({ allowed: false, reason: 'event_registration_not_open' });

    // ---- before the meeting the organiser's page has the code, not yet attendance or minutes ----
    await a.goto(`/events/${id}/manage`);
    await expectHeading(a, tr('en', 'eventsOrganise.manageTitle'));
    await a.getByRole('heading', { name: tr('en', 'eventsAfter.codeTitle') }).waitFor();
    expect(await a.getByRole('heading', { name: tr('en', 'eventsAfter.attendanceTitle') }).count()).toBe(0);
    const mark = { items: [{ userId: pavel.id, attended: true }] };
    await apiAs(baseURL, admin, 'PUT', `/api/events/${id}/attendance`, mark, 409);
    // nor may anyone but its organisers, ever
    await apiAs(baseURL, pavel, 'PUT', `/api/events/${id}/attendance`, mark, 403);
    await apiAs(baseURL, pavel, 'GET', `/api/events/${id}/check-in-code`, undefined, 403);

    // ---- the meeting begins (the organiser's edit moves it to now): the code for the door ----
    const view = await apiAs<Record<string, unknown>>(baseURL, admin, 'GET', `/api/events/${id}`);
    const keys = ['kind', 'title', 'description', 'lat', 'lon', 'address', 'onlineUrl', 'capacity', 'registrationClosesAt', 'minAge', 'accessibility'];
    const moveTo = (startsIn: number, endsIn: number) =>
      apiAs(baseURL, admin, 'PUT', `/api/events/${id}`, {
        ...Object.fromEntries(keys.map((k) => [k, view[k]])),
        startsAt: new Date(Date.now() + startsIn).toISOString(),
        endsAt: new Date(Date.now() + endsIn).toISOString(),
        registrationOpensAt: null,
      });
    const hour = 3_600_000;
    await moveTo(-hour, hour);
    await a.reload();
    await a.getByRole('button', { name: tr('en', 'eventsAfter.makeCode') }).click();
    await a.getByRole('button', { name: tr('en', 'eventsAfter.newCode') }).waitFor();
    expect(await a.locator('.ev-code').textContent()).toMatch(/^[2-9A-Z]{6}$/);
    await screenshot(a, 'journey-meeting-code-en-desktop');

    // ---- it is over (moved into the past): no code any more; attendance and minutes ----
    await moveTo(-3 * hour, -2 * hour);
    await a.reload();
    await a.getByRole('heading', { name: tr('en', 'eventsAfter.attendanceTitle') }).waitFor();
    expect(await a.getByRole('heading', { name: tr('en', 'eventsAfter.codeTitle') }).count()).toBe(0);
    await a.getByText(tr('en', 'eventsAfter.attendedCount_other', { count: 0, total: 1 })).waitFor();
    await a.getByLabel('Павел Участник').check();
    await a.getByRole('button', { name: tr('en', 'eventsAfter.saveAttendance') }).click();
    await a.getByText(tr('en', 'eventsAfter.attendanceSaved')).waitFor();
    await a.getByText(tr('en', 'eventsAfter.attendedCount_one', { count: 1, total: 1 })).waitFor();
    // too short a text is refused beside its field
    await a.locator('#f-minutes-text').fill('Short');
    await a.getByRole('button', { name: tr('en', 'eventsAfter.publishMinutes') }).click();
    await a.locator('#f-minutes-text-error').waitFor();
    await a.locator('#f-minutes-text').fill('Twelve residents came. The district showed the poll’s result: most want benches by the water.');
    await a.locator('#f-minutes-decisions').fill('Ten benches by the water this summer\nA second poll on their colour');
    await a.locator('#f-minutes-photos').setInputFiles(photo('meeting.png'));
    await a.locator('.photo-upload__item img').waitFor();
    await screenshot(a, 'journey-meeting-manage-after-en-desktop');
    await a.getByRole('button', { name: tr('en', 'eventsAfter.publishMinutes') }).click();
    await a.getByText(tr('en', 'eventsAfter.minutesSaved'), { exact: true }).waitFor();
    await a.getByRole('button', { name: tr('en', 'eventsAfter.saveMinutes') }).waitFor();

    // ---- the minutes on the event's page link back to the poll, whose page lists the meeting ----
    await a.getByRole('link', { name: tr('en', 'eventsAfter.seeOnPage') }).click();
    await expectHeading(a, title);
    const minutes = a.getByRole('region', { name: tr('en', 'eventsAfter.minutesTitle') });
    await minutes.getByText('A second poll on their colour').waitFor();
    await minutes
      .getByRole('list', { name: tr('en', 'eventsAfter.photosLabel') })
      .getByRole('img')
      .waitFor();
    await screenshot(a, 'journey-meeting-minutes-en-desktop');
    await minutes.getByRole('link', { name: pollTitle }).click();
    await expectHeading(a, pollTitle);
    await a
      .getByRole('region', { name: tr('en', 'eventsAfter.meetingsTitle') })
      .getByRole('link', { name: title })
      .waitFor();

    // ---- Pavel is marked present; his page of the event shows the minutes too ----
    const after = await apiAs<{ mine: { state: string } | null }>(baseURL, pavel, 'GET', `/api/events/${id}`);
    expect(after.mine?.state).toBe('attended');
    await p.goto(`/events/${id}`);
    await p
      .getByRole('region', { name: tr('ru', 'eventsAfter.minutesTitle') })
      .getByText('Ten benches by the water this summer')
      .waitFor();
    await screenshot(p, 'journey-meeting-minutes-ru-narrow');

    expect(adminErrors).toEqual([]);
    expect(pavelErrors).toEqual([]);
    await adminCtx.close();
    await pavelCtx.close();
  });

  test('a verified resident’s event waits for a moderator, who approves it in the queue', async () => {
    const title = `Courtyard tea ${Date.now().toString(36)}`;
    const rita = await confirmedResident(baseURL, dataDir, { displayName: 'Rita Neighbour', language: 'en', label: 'event-held' });
    await apiAs(
      baseURL,
      admin,
      'POST',
      '/api/verification/in-person',
      { userId: rita.id, documentNumber: `4512 ${Math.floor(Math.random() * 1e6)}`, districtId: 'nevsky', birthDate: '1990-05-04' },
      201,
    );
    const startsAt = new Date(Date.now() + 6 * day);
    const { id } = await apiAs<{ id: string }>(
      baseURL,
      rita,
      'POST',
      '/api/events',
      {
        kind: 'online',
        title,
        description: 'Neighbours meet online to plan a courtyard tea party.',
        lat: null,
        lon: null,
        onlineUrl: 'https://meet.example.org/tea',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        departmentId: null,
      },
      201,
    );
    const visitor = await fetch(`${baseURL}/api/events/${id}`);
    expect(visitor.status, 'held: not public yet').toBe(404);

    const ctx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: adminSession });
    const m = await ctx.newPage();
    const errors = watchErrors(m);
    await m.goto('/moderation');
    await expectHeading(m, tr('ru', 'moderation.queueTitle'));
    const item = m.getByRole('article', { name: title });
    await item.getByText(tr('ru', 'moderation.cause.heldEvent')).waitFor();
    await screenshot(m, 'journey-event-held-moderation-ru-narrow');
    // approving is restoring it with a reason the organiser reads
    await item.getByLabel(tr('ru', 'moderation.reason')).fill('Мероприятие соседей, правил не нарушает.');
    await item.getByRole('button', { name: tr('ru', 'moderation.restore') }).click();
    // the case leaves the queue, which says what became of it
    await m.getByText(`${title}: ${tr('ru', 'moderation.done.restore')}`).waitFor();
    expect(await m.getByRole('article', { name: title }).count()).toBe(0);
    expect((await fetch(`${baseURL}/api/events/${id}`)).status, 'approved: public').toBe(200);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

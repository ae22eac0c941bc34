// Story: the roads committee organises a meeting. Olga, its official (English, desktop), fills the event form:
// a time that ends before it starts is refused beside the end field; she picks the place on the map, corrects the
// end and publishes; the event's page opens. Rita, a resident (Russian, 360 px phone), registers on it. Olga's
// organiser's page lists Rita by name; she cancels the event with a reason after confirming. Rita's "My events"
// shows it cancelled.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { confirmedResident, expectErrorSummary, expectHeading, grantRoleAs, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

/** A day ten days from now as a datetime-local input takes it, at the given time (on the city's clock). */
const later = (time: string) => `${new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)}T${time}`;

describe('an official organises an event, a resident registers, the official cancels it with a reason', () => {
  test('form with a refusal beside its field; event page; registration; organiser’s list; cancel; my events', async () => {
    const title = `Courtyard meeting ${Date.now().toString(36)}`;

    // ---- Olga, an official of the roads committee, fills the form ----
    const olga = await confirmedResident(baseURL, dataDir, { displayName: 'Olga Organiser', language: 'en', label: 'event-official' });
    await grantRoleAs(baseURL, adminSession, olga.id, { role: 'official', scopeType: 'department', scopeId: 'committee-roads' });
    const olgaCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: olga.cookie });
    const o = await olgaCtx.newPage();
    const olgaErrors = watchErrors(o);
    await o.goto('/events/new');
    await expectHeading(o, tr('en', 'eventsOrganise.newTitle'));
    await o.getByLabel(tr('en', 'eventsOrganise.kind.meeting'), { exact: true }).check();
    await o.locator('#f-title').fill(title);
    await o.locator('#f-description').fill('How the courtyard will look after the repairs: bring your questions.');
    // the map arrives as it nears the screen (a placeholder holds its place until then)
    await o.locator('#f-map').scrollIntoViewIfNeeded();
    const map = o.locator('#f-map .leaflet-container');
    await map.waitFor();
    await map.click();
    await o.getByText(/^Place chosen: .+ district\.$/).waitFor();
    await o.locator('#f-address').fill('Sadovaya 14, the courtyard');
    await o.locator('#f-startsAt').fill(later('18:00'));
    await o.locator('#f-endsAt').fill(later('17:00'));
    await o.locator('#f-capacity').fill('20');
    await o.getByRole('button', { name: tr('en', 'eventsOrganise.publish') }).click();
    // the server's refusal, beside the end and in the summary
    await expectErrorSummary(o, 'en', 'The event must end after it starts.');
    await o.locator('#f-endsAt-error').waitFor();
    await o.locator('#f-endsAt').fill(later('20:00'));
    await screenshot(o, 'journey-event-form-en-desktop');
    await o.getByRole('button', { name: tr('en', 'eventsOrganise.publish') }).click();
    await expectHeading(o, title);
    const id = new URL(o.url()).pathname.split('/').pop()!;

    // ---- Rita registers on the event's page, on a Russian phone ----
    const rita = await confirmedResident(baseURL, dataDir, { displayName: 'Рита Соседка', language: 'ru', label: 'event-resident' });
    const ritaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: rita.cookie });
    const r = await ritaCtx.newPage();
    const ritaErrors = watchErrors(r);
    await r.goto(`/events/${id}`);
    await expectHeading(r, title);
    await r.getByRole('button', { name: tr('ru', 'events.register'), exact: true }).click();
    await r.getByText(tr('ru', 'events.youAreRegistered')).waitFor();

    // ---- Olga's organiser's page: Rita by name; cancel with a reason ----
    await o.goto(`/events/${id}/manage`);
    await expectHeading(o, tr('en', 'eventsOrganise.manageTitle'));
    await o
      .getByRole('list', { name: tr('en', 'eventsOrganise.registeredTitle') })
      .getByText('Рита Соседка')
      .waitFor();
    await o.getByRole('link', { name: tr('en', 'eventsOrganise.csv') }).waitFor();
    await o.locator('#f-cancel-reason').fill('The courtyard is closed for repairs; a new date will follow.');
    await o.getByRole('button', { name: tr('en', 'eventsOrganise.cancelAction') }).click();
    const dialog = o.getByRole('dialog');
    await dialog.getByText('1 person will be told. A cancelled event cannot be restored.').waitFor();
    await screenshot(o, 'journey-event-cancel-confirm-en-desktop');
    await dialog.getByRole('button', { name: tr('en', 'eventsOrganise.cancelConfirm') }).click();
    await o.getByText(tr('en', 'eventsOrganise.state.cancelled'), { exact: true }).waitFor();
    expect(await o.getByRole('button', { name: tr('en', 'eventsOrganise.cancelAction') }).count()).toBe(0);
    await screenshot(o, 'journey-event-manage-cancelled-en-desktop');

    // ---- Rita's "My events" shows it cancelled ----
    await r.goto('/me/events');
    await expectHeading(r, tr('ru', 'myEvents.title'));
    const item = r.locator('.ev-mine__item', { hasText: title });
    await item.getByText(tr('ru', 'eventsOrganise.state.cancelled')).waitFor();
    expect(await r.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll on a phone').toBeLessThanOrEqual(0);
    await screenshot(r, 'journey-my-events-cancelled-ru-narrow');

    expect(olgaErrors).toEqual([]);
    expect(ritaErrors).toEqual([]);
    await olgaCtx.close();
    await ritaCtx.close();
  });
});

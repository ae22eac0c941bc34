// Story: a verified organisation organises its events. Nina (Russian, on a 360 px phone) owns the organisation's
// community, which an administrator verified: from its page she organises a meeting on its behalf (the form picks the
// community), publishes it at once, and the event's page names the community, linking back to it, where the meeting
// is listed. Tom (English, 1280 px desktop), a co-admin, chooses the community in the form's organiser list himself;
// his workshop is on the community's page too.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, narrow, specBrowser, watchErrors, type Lang } from './browser.js';
import { expectHeading, screenshot, tr } from './helpers.js';
import { verifiedOrganisation } from './organisation.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

/** A day ten days from now as a datetime-local input takes it, at the given time (on the city's clock). */
const later = (time: string) => `${new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)}T${time}`;

/** Fills the form for an online event (no map needed) and publishes it; the event's page opens. */
async function organiseOnline(p: Page, lang: Lang, title: string): Promise<void> {
  await p.getByLabel(tr(lang, 'eventsOrganise.kind.online'), { exact: true }).check();
  await p.locator('#f-title').fill(title);
  await p
    .locator('#f-description')
    .fill(lang === 'ru' ? 'Рассказываем о работе фонда и отвечаем на вопросы.' : 'How the foundation works, and your questions.');
  await p.locator('#f-onlineUrl').fill('https://meet.example.org/fund');
  await p.locator('#f-startsAt').fill(later(lang === 'ru' ? '18:00' : '12:00'));
  await p.locator('#f-endsAt').fill(later(lang === 'ru' ? '19:30' : '13:30'));
  await p.getByRole('button', { name: tr(lang, 'eventsOrganise.publish') }).click();
  await expectHeading(p, title);
}

describe('a verified organisation organises events on its community’s behalf', () => {
  test('ru 360 px from the community’s page, en 1280 px from the organiser list: public at once, named and listed', async () => {
    const suffix = Date.now().toString(36);
    const groupName = `Фонд «Тёплый дом» ${suffix}`;
    const {
      groupId,
      owner: nina,
      coadmin: tom,
    } = await verifiedOrganisation(
      { baseURL, dataDir, adminSession },
      {
        name: groupName,
        description: 'Помогаем пожилым соседям: покупки, ремонт, прогулки.',
        registrationNumber: `ОГРН 10278000${suffix}`,
        owner: { displayName: 'Нина Фондова', language: 'ru', label: 'group-event-owner' },
        coadmin: { displayName: 'Tom Coadmin', language: 'en', label: 'group-event-admin' },
      },
    );
    const group = { id: groupId };

    // ---- Nina, Russian, 360 px: from the community's page to the form, which picks the community ----
    const ninaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: nina.cookie });
    const n = await ninaCtx.newPage();
    const ninaErrors = watchErrors(n);
    await n.goto(`/groups/${group.id}`);
    await expectHeading(n, groupName);
    await n.getByRole('link', { name: tr('ru', 'eventsOrganise.organiseForGroup') }).click();
    await expectHeading(n, tr('ru', 'eventsOrganise.newTitle'));
    await expect.poll(() => n.locator('#f-departmentId').inputValue()).toBe(`group:${group.id}`);
    // a verified organisation's event is public at once: no "a moderator checks it first" notice
    expect(await n.getByText(tr('ru', 'eventsOrganise.heldNotice')).count()).toBe(0);
    await screenshot(n, 'journey-group-event-form-ru-360');
    const meeting = `Встреча волонтёров ${suffix}`;
    await organiseOnline(n, 'ru', meeting);
    const organiser = n.locator('.event-facts').getByRole('link', { name: groupName });
    await organiser.waitFor();
    expect(await n.getByText(tr('ru', 'events.heldTitle')).count()).toBe(0);
    expect(await n.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll on a phone').toBeLessThanOrEqual(0);
    await screenshot(n, 'journey-group-event-page-ru-360');
    await organiser.click();
    await expectHeading(n, groupName);
    const ninaSection = n.getByRole('region', { name: tr('ru', 'eventsOrganise.groupEvents') });
    await ninaSection.getByRole('link', { name: meeting }).waitFor();
    await ninaSection.scrollIntoViewIfNeeded();
    await screenshot(n, 'journey-group-events-ru-360');

    // ---- Tom, English, 1280 px: picks the community in the organiser list of the form ----
    const tomCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: tom.cookie });
    const m = await tomCtx.newPage();
    const tomErrors = watchErrors(m);
    await m.goto('/events/new');
    await expectHeading(m, tr('en', 'eventsOrganise.newTitle'));
    await m.locator('#f-departmentId').selectOption({ label: tr('en', 'eventsOrganise.forGroup', { name: groupName }) });
    await m.getByText(tr('en', 'eventsOrganise.groupHint')).waitFor();
    await screenshot(m, 'journey-group-event-form-en-1280');
    const workshop = `Foundation workshop ${suffix}`;
    await organiseOnline(m, 'en', workshop);
    await m.locator('.event-facts').getByRole('link', { name: groupName }).waitFor();
    await screenshot(m, 'journey-group-event-page-en-1280');
    await m.goto(`/groups/${group.id}`);
    const tomSection = m.getByRole('region', { name: tr('en', 'eventsOrganise.groupEvents') });
    await tomSection.getByRole('link', { name: workshop }).waitFor();
    await tomSection.getByRole('link', { name: meeting }).waitFor();
    await tomSection.scrollIntoViewIfNeeded();
    await screenshot(m, 'journey-group-events-en-1280');

    expect(ninaErrors).toEqual([]);
    expect(tomErrors).toEqual([]);
    await ninaCtx.close();
    await tomCtx.close();
  });
});

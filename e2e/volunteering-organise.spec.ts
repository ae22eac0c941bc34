// Story: an official changes the time of one shift of their department's volunteering project (a first try onto the
// time of the volunteer's other shift is refused, saying how many people it would double-book) and cancels another,
// with a reason, on a desktop in English; the volunteer signed up for both reads both notifications on a phone, in
// Russian, and the project's page and «my shifts» on the volunteering page show the cancelled shift plainly.
import { describe, expect, inject, test } from 'vitest';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { apiAs, eventually, expectErrorSummary, expectHeading, screenshot, tr } from './helpers.js';
import { announceProject, squareShift, volunteeringCast } from './volunteering-setup.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

const day = 86_400_000;
const threeHours = 3 * 3_600_000;

describe('volunteering organisers', () => {
  test('an official moves one shift and cancels another; the volunteer signed up is told of both', async () => {
    const { tag, official, volunteer } = await volunteeringCast(
      { baseURL, dataDir, adminSession },
      { official: 'Official Changes', volunteer: 'Пётр Сменов', label: 'vol-changes' },
    );
    const title = `Посадка деревьев ${tag}`;
    // whole days ahead, at noon UTC: no reminder is due, and the new time is a clear minute on any clock
    const first = new Date(Math.ceil(Date.now() / day) * day + 5 * day + 12 * 3_600_000);
    const project = await announceProject(baseURL, official, {
      title,
      description: 'Сажаем липы вдоль набережной, лопаты выдаём.',
      shifts: [squareShift('Утренняя посадка', first, threeHours, 5), squareShift('Вечерний полив', new Date(first.getTime() + day), threeHours, 5)],
    });
    for (const s of project.shifts) await apiAs(baseURL, volunteer, 'POST', `/api/volunteering/shifts/${s.id}/signup`, undefined, 201);
    const [moved, cancelled] = project.shifts.map((s) => s.id);

    // ---- the official moves the first shift an hour later and cancels the second, with a reason ----
    const deskCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: official.cookie });
    const desk = await deskCtx.newPage();
    const deskErrors = watchErrors(desk);
    await desk.goto(`/volunteering/${project.id}/organise`);
    await expectHeading(desk, tr('en', 'volunteering.organiseTitle', { title }));
    const movedCard = desk.getByRole('region', { name: 'Утренняя посадка' });
    await movedCard.getByRole('button', { name: tr('en', 'volunteering.change.editShift') }).click();
    const starts = movedCard.getByLabel(tr('en', 'volunteering.form.startsAt'));
    const ends = movedCard.getByLabel(tr('en', 'volunteering.form.endsAt'));
    const later = (v: string) => {
      const [d, hm] = v.split('T');
      return `${d}T${String(Number(hm!.slice(0, 2)) + 1).padStart(2, '0')}${hm!.slice(2)}`;
    };
    // first a day later, onto the evening shift the volunteer also signed up for: refused, naming how many
    const [start0, end0] = [await starts.inputValue(), await ends.inputValue()];
    const nextDay = (v: string) => new Date(Date.parse(`${v}Z`) + day).toISOString().slice(0, 16);
    await starts.fill(nextDay(start0));
    await ends.fill(nextDay(end0));
    await movedCard.getByRole('button', { name: tr('en', 'volunteering.change.saveShift') }).click();
    await expectErrorSummary(desk, 'en', /1 person signed up for this shift or waiting for a slot has another shift at the new time/);
    await screenshot(desk, 'volunteering-move-overlaps-en-desktop');
    await starts.fill(later(start0));
    await ends.fill(later(end0));
    await screenshot(desk, 'volunteering-change-shift-en-desktop');
    await movedCard.getByRole('button', { name: tr('en', 'volunteering.change.saveShift') }).click();
    await movedCard.getByText(tr('en', 'volunteering.change.savedShift')).waitFor();

    const cancelledCard = desk.getByRole('region', { name: 'Вечерний полив' });
    await cancelledCard.getByRole('button', { name: tr('en', 'volunteering.change.cancelShift') }).click();
    await cancelledCard.getByLabel(tr('en', 'volunteering.change.reason')).fill('Обещают ливень весь вечер');
    await cancelledCard.getByText(tr('en', 'volunteering.change.confirmShift_one', { count: 1 })).waitFor();
    await cancelledCard.getByRole('button', { name: tr('en', 'volunteering.change.confirmCancel') }).click();
    await cancelledCard.getByText(tr('en', 'volunteering.cancelledShift')).waitFor();
    await screenshot(desk, 'volunteering-cancel-shift-en-desktop');
    expect(deskErrors).toEqual([]);
    await deskCtx.close();

    // ---- the volunteer reads both notifications and sees the cancelled shift on the project's page ----
    const phoneCtx = await browser.context({ viewport: phone, lang: 'ru', sessionCookie: volunteer.cookie });
    const page = await phoneCtx.newPage();
    const errors = watchErrors(page);
    await page.goto('/notifications');
    await expectHeading(page, tr('ru', 'notifications.title'));
    const told = async (text: RegExp) =>
      eventually(page, async () => {
        if ((await page.getByText(text).count()) > 0) return true;
        await page.reload();
        return false;
      });
    await told(/Утренняя посадка.*новое время или место/);
    await told(/Вечерний полив.*Обещают ливень весь вечер/);
    await screenshot(page, 'volunteering-told-ru-phone');
    await page.goto(`/volunteering/${project.id}`);
    await expectHeading(page, title);
    const card = page.getByTestId(`shift-${cancelled}`);
    await card.getByText(tr('ru', 'volunteering.cancelledTag'), { exact: true }).waitFor();
    await card.getByText(/Обещают ливень весь вечер/).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await page
      .getByTestId(`shift-${moved}`)
      .getByRole('button', { name: tr('ru', 'volunteering.cancel') })
      .waitFor();
    await screenshot(page, 'volunteering-cancelled-shift-ru-phone');
    // «my shifts» on the volunteering page marks the cancelled one with the reason, and lists the moved one as on
    await page.goto('/volunteering');
    const mine = page.getByTestId('my-shifts');
    await mine.getByRole('heading', { name: tr('ru', 'volunteering.mine.title') }).waitFor();
    const off = mine.getByTestId(`my-shift-${cancelled}`);
    await off.getByText(tr('ru', 'volunteering.mine.shiftOff'), { exact: true }).waitFor();
    await off.getByText(tr('ru', 'volunteering.mine.reason', { reason: 'Обещают ливень весь вечер' })).waitFor();
    await mine.getByTestId(`my-shift-${moved}`).getByText(tr('ru', 'volunteering.mine.registered'), { exact: true }).waitFor();
    await screenshot(page, 'volunteering-my-shifts-ru-phone');
    expect(errors).toEqual([]);
    await phoneCtx.close();

    // ---- the other widths and languages: the organiser's page on a phone in English, the project's on a desktop in Russian ----
    for (const [viewport, lang, cookie, path, name] of [
      [{ ...phone, width: 360 }, 'en', official.cookie, `/volunteering/${project.id}/organise`, 'volunteering-organise-changes-en-phone'],
      [desktop, 'ru', volunteer.cookie, `/volunteering/${project.id}`, 'volunteering-cancelled-shift-ru-desktop'],
      [{ ...phone, width: 360 }, 'en', volunteer.cookie, '/volunteering', 'volunteering-my-shifts-en-phone'],
      [desktop, 'en', volunteer.cookie, '/volunteering', 'volunteering-my-shifts-en-desktop'],
      [{ ...phone, width: 360 }, 'ru', volunteer.cookie, '/volunteering', 'volunteering-my-shifts-ru-narrow'],
      [desktop, 'ru', volunteer.cookie, '/volunteering', 'volunteering-my-shifts-ru-desktop'],
    ] as const) {
      const ctx = await browser.context({ viewport, lang, sessionCookie: cookie });
      const p = await ctx.newPage();
      const pageErrors = watchErrors(p);
      await p.goto(path);
      await p
        .getByTestId(`shift-${cancelled}`)
        .or(p.getByRole('region', { name: 'Вечерний полив' }))
        .or(p.getByTestId(`my-shift-${cancelled}`))
        .getByText(/Обещают ливень весь вечер/)
        .first()
        .waitFor();
      await screenshot(p, name);
      expect(pageErrors).toEqual([]);
      await ctx.close();
    }
  });
});

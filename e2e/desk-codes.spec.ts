// Story: a resident opens their verification page and sees their code for city desks as text and as a QR
// code; the QR code's link opens the verification desk with the person already found; there the administrator
// also types the code with one wrong character, is told the code belongs to no one and offered the person whose
// code is one character away, chooses them and verifies them; on the points page the administrator does the
// same and grants the person points.
import crypto from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomDigits = (n: number) => Array.from(crypto.randomBytes(n), (b) => String(b % 10)).join('');

/** The code as a person might mistype it: one symbol changed, lower case, a space for the dash. */
function mistyped(code: string, position: number): string {
  const compact = code.replace('-', '');
  const wrong = alphabet[(alphabet.indexOf(compact[position]!) + 5) % 32]!;
  const typo = compact.slice(0, position) + wrong + compact.slice(position + 1);
  return `${typo.slice(0, 3)} ${typo.slice(3)}`.toLowerCase();
}

describe.each([
  { lang: 'ru' as const, device: 'desktop', viewport: desktop },
  { lang: 'en' as const, device: 'phone', viewport: phone },
])('person codes at desks ($lang, $device)', ({ lang, device, viewport }) => {
  test(`${lang} ${device}: the resident's code and QR code; a mistyped code suggests the person, who is verified and granted points`, async () => {
    const tag = crypto.randomBytes(2).toString('hex');
    const resident = await confirmedResident(baseURL, dataDir, {
      displayName: lang === 'ru' ? `Фаина Кодова ${tag}` : `Faina Codes ${tag}`,
      language: lang,
      label: 'desk-code',
    });

    // 1. the resident sees their code and its QR code on the verification page
    const rc = await browser.context({ viewport, lang, sessionCookie: resident.cookie });
    const page = await rc.newPage();
    const errors = watchErrors(page);
    await page.goto('/profile/verification');
    await expectHeading(page, tr(lang, 'verification.title'));
    const card = page.getByRole('region', { name: tr(lang, 'desk.code.title') });
    const codeText = card.locator('.person-code');
    await codeText.waitFor();
    const code = (await codeText.textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{4}$/);
    const qr = card.getByRole('img', { name: tr(lang, 'desk.code.qrAlt', { code }) });
    await qr.waitFor();
    // the picture is shown once it has loaded and decoded (decode() fails for a broken image)
    expect(
      await qr.evaluate((img: HTMLImageElement) =>
        img.decode().then(
          () => img.naturalWidth > 0,
          () => false,
        ),
      ),
    ).toBe(true);
    await page.getByText(tr(lang, 'verification.page.inPersonText')).waitFor();
    await screenshot(page, `desk-code-resident-${lang}-${device}`);
    expect(errors).toEqual([]);
    await rc.close();

    // 2. the administrator's phone camera opens the QR code's link: the desk with the person looked up already
    const ac = await browser.context({ viewport, lang, sessionCookie: adminSession });
    const desk = await ac.newPage();
    const deskErrors = watchErrors(desk);
    await desk.goto(`/verify?code=${code}`);
    await expectHeading(desk, tr(lang, 'verification.desk.title'));
    await desk.getByRole('heading', { name: resident.displayName }).waitFor();
    expect(await desk.getByLabel(tr(lang, 'desk.find.label'), { exact: true }).inputValue()).toBe(code);

    // then types the code with one wrong character, as a person reading it aloud might be misheard
    await desk.getByLabel(tr(lang, 'desk.find.label'), { exact: true }).fill(mistyped(code, 2));
    await desk.getByRole('button', { name: tr(lang, 'desk.find.submit'), exact: true }).click();
    await desk.getByText(tr(lang, 'desk.find.problem.person_code_check_failed')).waitFor();
    await desk.getByRole('heading', { name: tr(lang, 'desk.find.didYouMean') }).waitFor();
    await screenshot(desk, `desk-code-suggestion-${lang}-${device}`);
    await desk.getByRole('button', { name: tr(lang, 'desk.find.chooseLabel', { name: resident.displayName }) }).click();
    await desk.getByRole('heading', { name: resident.displayName }).waitFor();
    await desk.getByLabel(tr(lang, 'verification.field.documentNumber'), { exact: true }).fill(`40 ${randomDigits(2)} ${randomDigits(6)}`);
    await desk.getByLabel(tr(lang, 'verification.desk.district'), { exact: true }).selectOption('admiralteysky');
    await desk.locator('#desk-birth').fill('1975-06-30');
    await desk.getByRole('button', { name: tr(lang, 'verification.desk.submit') }).click();
    await desk.getByText(tr(lang, 'verification.desk.doneTitle', { name: resident.displayName })).waitFor();
    expect((await apiAs(baseURL, resident, 'GET', '/api/verification/me')).method).toBe('in_person');
    expect(deskErrors).toEqual([]);

    // 3. the administrator grants the person points, found by a mistyped code again
    const points = await ac.newPage();
    const pointsErrors = watchErrors(points);
    await points.goto('/admin/points');
    await expectHeading(points, tr(lang, 'adminPoints.title'));
    const adjust = points.getByRole('region', { name: tr(lang, 'adminPoints.adjustTitle') });
    await adjust.getByLabel(tr(lang, 'desk.find.label'), { exact: true }).fill(mistyped(code, 6));
    await adjust.getByRole('button', { name: tr(lang, 'desk.find.submit'), exact: true }).click();
    await adjust.getByRole('heading', { name: tr(lang, 'desk.find.didYouMean') }).waitFor();
    await adjust.getByRole('button', { name: tr(lang, 'desk.find.chooseLabel', { name: resident.displayName }) }).click();
    await adjust.getByText(tr(lang, 'adminPoints.personChosen', { name: resident.displayName })).waitFor();
    await adjust.getByLabel(tr(lang, 'adminPoints.delta'), { exact: true }).fill('15');
    await adjust.getByLabel(tr(lang, 'adminPoints.reason'), { exact: true }).fill(lang === 'ru' ? 'Помощь на субботнике' : 'Helping at the clean-up');
    await adjust.getByRole('button', { name: tr(lang, 'adminPoints.adjust'), exact: true }).click();
    await adjust.getByText(tr(lang, 'adminPoints.adjusted', { name: resident.displayName, balance: 15 })).waitFor();
    await screenshot(points, `desk-code-points-${lang}-${device}`);
    expect((await apiAs<{ balance: number }>(baseURL, resident, 'GET', '/api/points/me')).balance).toBe(15);

    // the person's whole e-mail never reached the staff's pages
    expect(await points.content()).not.toContain(resident.email);
    expect(pointsErrors).toEqual([]);
    await ac.close();
  });
});

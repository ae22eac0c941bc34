// Story: a resident sees how to become a verified resident and verifies by an SMS code; a verifier
// of a district verifies another resident in person at the desk (and is told what is wrong with a
// bad document number); the administrator sees the ways and figures, imports a residents register
// that a third resident is matched with, and revokes a verification with a reason the person reads.
// Story: when the city switches the identity provider on, a newcomer signs in with it from the
// sign-in page and arrives verified; a refusal by the provider is explained on the sign-in page.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectErrorSummary, expectHeading, grantRoleAs, screenshot, tr } from './helpers.js';
import { oidcName } from './oidc-provider.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

const districtName = { ru: 'Адмиралтейский район', en: 'Admiralteysky District' };

/** The code in the newest SMS file sent to a number (DATA_DIR/sms/, written when no gateway is configured). */
async function smsCodeFor(phoneNumber: string): Promise<string> {
  const dir = path.join(dataDir, 'sms');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort().reverse() : [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      if (text.startsWith(`To: ${phoneNumber}\n`)) return /\n\n\D*(\d{6})/.exec(text)![1]!;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no SMS to ${phoneNumber}`);
}

const randomDigits = (n: number) => Array.from(crypto.randomBytes(n), (b) => String(b % 10)).join('');

describe.each([
  { lang: 'ru' as const, device: 'desktop', viewport: desktop },
  { lang: 'en' as const, device: 'phone', viewport: phone },
])('verified residents ($lang, $device)', ({ lang, device, viewport }) => {
  test(`${lang} ${device}: SMS code, in person at the desk, register import and match, revocation`, async () => {
    const resident = await confirmedResident(baseURL, dataDir, {
      displayName: lang === 'ru' ? `Вера Смс ${device}` : `Vera Sms ${device}`,
      language: lang,
      label: 'sms',
    });
    const walkIn = await confirmedResident(baseURL, dataDir, {
      displayName: lang === 'ru' ? `Глеб Лично ${device}` : `Gleb Walkin ${device}`,
      language: lang,
      label: 'walkin',
    });
    const listed = await confirmedResident(baseURL, dataDir, {
      displayName: lang === 'ru' ? `Рита Реестр ${device}` : `Rita Register ${device}`,
      language: lang,
      label: 'register',
    });
    const verifier = await confirmedResident(baseURL, dataDir, {
      displayName: lang === 'ru' ? `Проверяющая ${device}` : `Verifier ${device}`,
      language: lang,
      label: 'verifier',
    });
    await grantRoleAs(baseURL, adminSession, verifier.id, { role: 'verifier', scopeType: 'district', scopeId: 'admiralteysky' });

    // 1. the resident: status, the ways offered, and a code by SMS
    const rc = await browser.context({ viewport, lang, sessionCookie: resident.cookie });
    const page = await rc.newPage();
    const errors = watchErrors(page);
    await page.goto('/profile');
    await page.getByRole('link', { name: tr(lang, 'verification.profileLink') }).click();
    await expectHeading(page, tr(lang, 'verification.title'));
    await page.getByText(tr(lang, 'verification.page.notVerified')).first().waitFor();
    await page.getByRole('heading', { name: tr(lang, 'verification.method.sms') }).waitFor();
    await page.getByRole('heading', { name: tr(lang, 'verification.method.in_person') }).waitFor();
    await page
      .getByRole('region', { name: tr(lang, 'desk.code.title') })
      .locator('.person-code')
      .waitFor();
    await screenshot(page, `verification-ways-${lang}-${device}`);

    const phoneNumber = `+7999${randomDigits(7)}`;
    await page.getByLabel(tr(lang, 'verification.field.phone'), { exact: true }).fill('12');
    await page.getByRole('button', { name: tr(lang, 'verification.page.smsSend') }).click();
    await expectErrorSummary(page, lang, lang === 'ru' ? 'Укажите мобильный номер' : 'Write a mobile number');
    await page.getByLabel(tr(lang, 'verification.field.phone'), { exact: true }).fill(phoneNumber);
    await page.getByRole('button', { name: tr(lang, 'verification.page.smsSend') }).click();
    await page.getByText(tr(lang, 'verification.page.smsSent', { phone: `+7 *** ***-**-${phoneNumber.slice(-2)}`, time: '' }).split('.')[0]!).waitFor();
    await page.getByLabel(tr(lang, 'verification.field.smsCode'), { exact: true }).fill(await smsCodeFor(phoneNumber));
    await page.getByLabel(tr(lang, 'verification.field.district'), { exact: true }).selectOption('nevsky');
    await page.locator('#sms-birth').fill('1990-04-12');
    await screenshot(page, `verification-sms-${lang}-${device}`);
    await page.getByRole('button', { name: tr(lang, 'verification.page.smsConfirm'), exact: true }).click();
    await page.getByText(tr(lang, 'verification.page.doneTitle')).waitFor();
    await page.getByText(tr(lang, 'verification.method.sms')).first().waitFor();
    await page.getByText(tr(lang, 'verification.ageBand.35-44')).waitFor();
    await screenshot(page, `verification-done-${lang}-${device}`);
    expect(errors).toEqual([]);

    // 2. the verifier at the desk verifies the walk-in resident
    const vc = await browser.context({ viewport, lang, sessionCookie: verifier.cookie });
    const desk = await vc.newPage();
    const deskErrors = watchErrors(desk);
    await desk.goto('/profile');
    await desk.getByRole('link', { name: tr(lang, 'verification.deskLink') }).click();
    await expectHeading(desk, tr(lang, 'verification.desk.title'));
    const walkInCode = (await apiAs<{ code: string }>(baseURL, walkIn, 'GET', '/api/me/person-code')).code;
    await desk.getByLabel(tr(lang, 'desk.find.label'), { exact: true }).fill(walkInCode);
    await desk.getByRole('button', { name: tr(lang, 'desk.find.submit'), exact: true }).click();
    await desk.getByRole('heading', { name: walkIn.displayName }).waitFor();
    // a district verifier chooses only their district
    expect(await desk.locator('#desk-district option').allTextContents()).toEqual([tr(lang, 'verification.field.chooseDistrict'), districtName[lang]]);
    await desk.getByLabel(tr(lang, 'verification.field.documentNumber'), { exact: true }).fill('12');
    await desk.getByLabel(tr(lang, 'verification.desk.district'), { exact: true }).selectOption('admiralteysky');
    await desk.locator('#desk-birth').fill('1960-01-31');
    await desk.getByRole('button', { name: tr(lang, 'verification.desk.submit') }).click();
    await expectErrorSummary(desk, lang, lang === 'ru' ? 'В номере документа от 6 до 20 букв и цифр.' : 'A document number has 6 to 20 letters and digits.');
    await screenshot(desk, `verification-desk-error-${lang}-${device}`);
    await desk.getByLabel(tr(lang, 'verification.field.documentNumber'), { exact: true }).fill(`40 ${randomDigits(2)} ${randomDigits(6)}`);
    await desk.getByRole('button', { name: tr(lang, 'verification.desk.submit') }).click();
    await desk.getByText(tr(lang, 'verification.desk.doneTitle', { name: walkIn.displayName })).waitFor();
    await screenshot(desk, `verification-desk-done-${lang}-${device}`);
    expect((await apiAs(baseURL, walkIn, 'GET', '/api/verification/me')).method).toBe('in_person');
    expect(deskErrors).toEqual([]);

    // 3. the administrator: ways, figures, a register import, then revocation
    const ac = await browser.context({ viewport, lang, sessionCookie: adminSession });
    const admin = await ac.newPage();
    const adminErrors = watchErrors(admin);
    await admin.goto('/admin/verification');
    await expectHeading(admin, tr(lang, 'verification.admin.title'));
    expect(await admin.getByLabel(tr(lang, 'verification.method.in_person'), { exact: true }).isChecked()).toBe(true);
    // the e2e server has an identity provider (e2e/oidc-provider.ts), off until switched on
    expect(await admin.getByLabel(tr(lang, 'verification.method.oidc'), { exact: true }).isChecked()).toBe(false);
    const document = `AB${randomDigits(7)}`;
    await admin.locator('#register-file').setInputFiles({
      name: 'register.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`document_number,district,birth_date\n${document},primorsky,02.03.1971\nbad,primorsky,1971-03-02\n`),
    });
    await admin.getByRole('button', { name: tr(lang, 'verification.admin.upload') }).click();
    await admin.getByText(lang === 'ru' ? /Загружено строк: 1 из 2/ : /1 of 2 lines imported/).waitFor();

    const lc = await browser.context({ viewport, lang, sessionCookie: listed.cookie });
    const own = await lc.newPage();
    await own.goto('/profile/verification');
    await own.getByLabel(tr(lang, 'verification.field.documentNumber'), { exact: true }).fill(document);
    await own.locator('#reg-birth').fill('1971-03-02');
    await own.getByRole('button', { name: tr(lang, 'verification.page.registerSubmit') }).click();
    await own.getByText(tr(lang, 'verification.page.doneTitle')).waitFor();
    expect((await apiAs(baseURL, listed, 'GET', '/api/verification/me')).districtId).toBe('primorsky');

    await admin.goto(`/admin/verification?q=${walkIn.id}`);
    const card = admin.locator('.verif__item', { hasText: walkIn.displayName });
    await card.waitFor();
    await card.getByText(verifier.displayName).waitFor();
    await screenshot(admin, `verification-admin-${lang}-${device}`);
    await card.getByRole('button', { name: tr(lang, 'verification.admin.revokeOpen') }).click();
    await card
      .getByLabel(tr(lang, 'verification.admin.reasonLabel'))
      .fill(lang === 'ru' ? 'Документ признан недействительным' : 'The document was reported invalid');
    await card.getByRole('button', { name: tr(lang, 'verification.admin.revoke') }).click();
    await admin.getByText(tr(lang, 'verification.admin.revokedDone', { name: walkIn.displayName })).waitFor();
    await card.waitFor({ state: 'detached' });
    await admin.goto(`/admin/verification?q=${walkIn.id}&status=revoked`);
    await card.getByText(tr(lang, 'verification.admin.revokedAt', { at: '' }).trim()).waitFor();
    expect(adminErrors).toEqual([]);

    const wc = await browser.context({ viewport, lang, sessionCookie: walkIn.cookie });
    const walkInPage = await wc.newPage();
    await walkInPage.goto('/profile/verification');
    await walkInPage.getByText(lang === 'ru' ? 'Причина: Документ признан недействительным' : 'Reason: The document was reported invalid').waitFor();
    await screenshot(walkInPage, `verification-revoked-${lang}-${device}`);

    for (const c of [rc, vc, ac, lc, wc]) await c.close();
  });
});

describe.each([
  { lang: 'ru' as const, device: 'desktop', viewport: desktop },
  { lang: 'en' as const, device: 'phone', viewport: phone },
])('signing in with the identity provider ($lang, $device)', ({ lang, device, viewport }) => {
  test(`${lang} ${device}: the button appears when the city offers it, a newcomer arrives verified, refusals are explained`, async () => {
    const admin = { cookie: adminSession };
    const buttonName = tr(lang, 'verification.signIn.with', { provider: oidcName });
    await apiAs(baseURL, admin, 'PUT', '/api/admin/verification/methods/oidc', { enabled: false });
    const c = await browser.context({ viewport, lang });
    const page = await c.newPage();
    await page.goto('/login');
    await expectHeading(page, tr(lang, 'login.title'));
    await page.getByRole('button', { name: tr(lang, 'login.submit') }).waitFor();
    expect(await page.getByRole('link', { name: buttonName }).count()).toBe(0);

    await apiAs(baseURL, admin, 'PUT', '/api/admin/verification/methods/oidc', { enabled: true });
    try {
      const errors = watchErrors(page);
      await page.goto('/login?next=%2Fprofile%2Fverification');
      await page.getByRole('link', { name: buttonName }).waitFor();
      await screenshot(page, `login-oidc-${lang}-${device}`);
      expect(errors).toEqual([]);
      await page.getByRole('link', { name: buttonName }).click();
      // the provider's development pages: any login and password, then consent
      await page.locator('input[name="login"]').fill(`esia-${lang}-${device}-${randomDigits(8)}`);
      await page.locator('input[name="password"]').fill('any password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(/\/profile\/verification\?verification=oidc$/);
      await expectHeading(page, tr(lang, 'verification.title'));
      await page.getByText(tr(lang, 'verification.page.doneTitle')).waitFor();
      await page.getByText(tr(lang, 'verification.method.oidc')).first().waitFor();
      await screenshot(page, `login-oidc-verified-${lang}-${device}`);

      // the provider does not vouch for this person's e-mail: no account, and the sign-in page says why
      const rc = await browser.context({ viewport, lang });
      const refused = await rc.newPage();
      await refused.goto('/login');
      await refused.getByRole('link', { name: buttonName }).click();
      await refused.locator('input[name="login"]').fill(`unvouched-${lang}-${device}-${randomDigits(8)}`);
      await refused.locator('input[name="password"]').fill('any password');
      await refused.getByRole('button', { name: 'Sign-in' }).click();
      await refused.getByRole('button', { name: 'Continue' }).click();
      await refused.waitForURL(/\/login\?verificationError=oidc_email_unverified$/);
      await refused.getByText(tr(lang, 'verification.signIn.errorTitle', { provider: oidcName })).waitFor();
      await refused.getByText(tr(lang, 'verification.signInError.oidc_email_unverified', { provider: oidcName })).waitFor();
      await screenshot(refused, `login-oidc-error-${lang}-${device}`);
      // an e-mail that already has an account: sign in with the password, then verify from the profile
      await refused.goto('/login?verificationError=oidc_email_taken');
      await refused.getByText(tr(lang, 'verification.signInError.oidc_email_taken', { provider: oidcName })).waitFor();
      await rc.close();
    } finally {
      await apiAs(baseURL, admin, 'PUT', '/api/admin/verification/methods/oidc', { enabled: false });
      await c.close();
    }
  });
});

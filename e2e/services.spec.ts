// Story: a parent chooses «Я родитель» in the profile, finds it first in the services catalogue and the kindergarten
// enrolment under it, finds the same service through the header's search with a typo, opens it (how to get it, the
// documents, the demo label), marks it useful with a note; an administrator sees the service's usefulness and the
// note. A proposal that says no way to get the service is refused beside the field.
import { expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { confirmedResident, expectErrorSummary, expectHeading, screenshot, tr } from './helpers.js';
import { siteNav } from './nav.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const kindergarten = 'Зачисление детей в государственные детские сады';
/** Its title in English, written for the demo (administrators here read the site in English). */
const kindergartenEn = 'Enrolling children in state kindergartens';
const note = 'Подали заявление за десять минут.';

test('ru 360 px: a parent picks «Я родитель», finds the kindergarten enrolment under the role and through the search with a typo, and marks it useful; an administrator sees it', async () => {
  const lang = 'ru' as const;
  const parent = await confirmedResident(baseURL, dataDir, { displayName: 'Ольга Родина', language: lang, label: 'parent' });
  const context = await browser.context({ viewport: narrow, lang, sessionCookie: parent.cookie });
  const page = await context.newPage();
  const errors = watchErrors(page);

  await page.goto('/profile');
  await page.getByRole('heading', { name: tr(lang, 'services.myRoles.title') }).waitFor();
  await page.getByRole('checkbox', { name: /Я родитель/ }).check();
  await page.getByRole('button', { name: tr(lang, 'services.myRoles.save') }).click();
  await page.getByText(tr(lang, 'services.myRoles.saved')).waitFor();

  await (await siteNav(page, lang)).getByRole('link', { name: tr(lang, 'nav.services') }).click();
  await expectHeading(page, tr(lang, 'services.title'));
  const mine = page.getByRole('list', { name: tr(lang, 'services.mineTitle') });
  await mine.getByRole('link', { name: 'Я родитель' }).waitFor();
  expect(await mine.getByRole('listitem').count()).toBe(1);
  await screenshot(page, 'services-catalogue-ru-360');
  await mine.getByRole('link', { name: 'Я родитель' }).click();
  await expectHeading(page, 'Я родитель');
  await page.getByRole('link', { name: kindergarten }).waitFor();
  // the same service through the header's search, despite a typo
  const box = page.getByRole('combobox', { name: tr(lang, 'search.box.label') });
  await box.click();
  await box.pressSequentially('детсикй сад', { delay: 20 });
  await box.press('Enter');
  await page.waitForURL(/\/search\?q=/);
  await page.getByRole('link', { name: kindergarten }).first().click();
  await expectHeading(page, kindergarten);
  await page.getByText(tr(lang, 'services.demo')).waitFor();
  await page.getByRole('link', { name: tr(lang, 'services.applyOnline') }).waitFor();
  expect(await page.getByRole('link', { name: tr(lang, 'services.applyOnline') }).getAttribute('href')).toBe('https://gu.spb.ru/188351/');
  await page.getByText('Свидетельство о рождении ребёнка').waitFor();

  await page.getByLabel(tr(lang, 'services.noteLabel')).fill(note);
  await page.getByRole('button', { name: tr(lang, 'services.useful') }).click();
  await page.getByText(tr(lang, 'services.marked')).waitFor();
  await page.getByText(tr(lang, 'services.markedUseful')).waitFor();
  await screenshot(page, 'services-kindergarten-ru-360');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(errors).toEqual([]);
  await context.close();

  const admin = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
  const adminPage = await admin.newPage();
  await adminPage.goto('/admin/services');
  await expectHeading(adminPage, tr('en', 'adminServices.title'));
  const row = adminPage.getByRole('row', { name: new RegExp(kindergartenEn) });
  await row.getByRole('cell', { name: '100 %' }).waitFor();
  await screenshot(adminPage, 'services-admin-en-1280');
  await row.getByRole('link', { name: kindergartenEn }).click();
  await adminPage.getByText(note).waitFor();
  await admin.close();
});

test('en 1280 px: a proposal of a service with no way to get it is refused beside the field, then sent for moderation', async () => {
  const lang = 'en' as const;
  const resident = await confirmedResident(baseURL, dataDir, { displayName: 'Sam Proposer', language: lang, label: 'proposer' });
  const context = await browser.context({ viewport: desktop, lang, sessionCookie: resident.cookie });
  const page = await context.newPage();
  await page.goto('/services');
  await page.getByRole('link', { name: tr(lang, 'services.proposeLink') }).click();
  await expectHeading(page, tr(lang, 'services.propose.title'));
  await page.getByLabel(tr(lang, 'services.propose.serviceTitle')).fill('Dog registration');
  await page.getByLabel(tr(lang, 'services.propose.serviceDescription')).fill('Registering a dog with the city register.');
  await page.getByRole('checkbox', { name: /I am a parent/ }).check();
  await page.getByRole('button', { name: tr(lang, 'services.propose.submit') }).click();
  await expectErrorSummary(page, lang, /Say how to get the service/);
  await page.getByLabel(tr(lang, 'services.propose.phone')).fill('+7 812 000-00-03');
  await page.getByRole('button', { name: tr(lang, 'services.propose.submit') }).click();
  await page.getByText(tr(lang, 'services.propose.sent')).waitFor();
  await screenshot(page, 'services-propose-en-1280');
  await context.close();
});

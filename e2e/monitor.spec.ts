// Story (issue 17, the social-performance monitor): a resident on a phone, in Russian, finds the quarterly survey on the
// home page, tries to send it empty and is told what to do, answers two of the three questions and is thanked; the card
// does not come back. On a desktop, in English, a visitor reads the monitor: the six measures with their definitions,
// a chart and a table each, the demo city's sample answers said plainly, and small figures withheld as "< 10".
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { confirmedResident, expectErrorSummary, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const browser = specBrowser(baseURL);

const measures = ['trust', 'usefulness', 'recommendation', 'participation', 'community', 'contribution'] as const;

describe('the social-performance monitor', () => {
  test('ru, 360 px: a resident answers the quarterly survey on the home page, once', async () => {
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Вера Опросова', language: 'ru', label: 'monitor-vera' });
    const context = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: vera.cookie });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    const card = page.getByRole('region', { name: tr('ru', 'monitor.survey.title') });
    await card.waitFor();
    await card.getByRole('button', { name: tr('ru', 'monitor.survey.send') }).click();
    await expectErrorSummary(page, 'ru', tr('ru', 'monitor.survey.empty'));
    await card
      .getByRole('group', { name: tr('ru', 'monitor.survey.usefulness') })
      .getByLabel('4', { exact: true })
      .check();
    await card
      .getByRole('group', { name: tr('ru', 'monitor.survey.recommend') })
      .getByLabel('9', { exact: true })
      .check();
    await screenshot(page, 'monitor-survey-ru-phone');
    await card.getByRole('button', { name: tr('ru', 'monitor.survey.send') }).click();
    await card.getByText(tr('ru', 'monitor.survey.thanks')).waitFor();
    // answered this quarter: the home page no longer asks
    await page.reload();
    await expectHeading(page, /Санкт-Петербург/);
    await page.getByRole('heading', { level: 2, name: tr('ru', 'home.decideTitle') }).waitFor();
    expect(await page.getByRole('region', { name: tr('ru', 'monitor.survey.title') }).count()).toBe(0);
    const mine = await fetch(`${baseURL}/api/me/survey`, { headers: { cookie: `gorod_session=${vera.cookie}` } });
    expect(await mine.json()).toMatchObject({ ask: false, answer: { usefulness: 4, recommend: 9, community: null } });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('en, 1280 px: a visitor reads the six measures, each defined, charted and tabled, with the demo’s samples said', async () => {
    const context = await browser.context({ viewport: desktop, lang: 'en' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/monitor');
    await expectHeading(page, tr('en', 'monitor.title'));
    for (const id of measures) {
      const section = page.getByRole('region', { name: tr('en', `monitor.${id}.title`) });
      await section.getByText(tr('en', `monitor.${id}.definition`)).waitFor();
      await section.getByRole('table', { name: tr('en', 'monitor.tableCaption', { measure: tr('en', `monitor.${id}.title`) }) }).waitFor();
    }
    // the demo city's survey answers are invented samples, and the page says so
    await page.getByText(/is a sample written for the demo|are a sample written for the demo/).waitFor();
    // the demo's sample answers are enough for a usefulness mean: a chart and a number in the table
    const usefulness = page.getByRole('region', { name: tr('en', 'monitor.usefulness.title') });
    await usefulness.locator('figure.chart').waitFor();
    expect(await usefulness.locator('tbody td').first().textContent()).toMatch(/^\d\.\d+$|^\d$/);
    // a demo city has far fewer than ten volunteers a month: withheld, never a small number
    const contribution = page.getByRole('region', { name: tr('en', 'monitor.contribution.title') });
    expect(await contribution.locator('tbody td').first().textContent()).toBe('< 10');
    await screenshot(page, 'monitor-en-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });
});

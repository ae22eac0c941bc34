// Story: someone who reuses city data opens the open-data catalogue on a 360 px phone in Russian and on a desktop in
// English: every public dataset is listed with its format, licence and download, and every listed address answers on
// the demo city; the same catalogue is at /data.json as DCAT-AP JSON-LD for harvesters.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const browser = specBrowser(baseURL);

type Catalogue = { datasets: { id: string; url: string; format: string; licence: { id: string }; title: string }[] };

describe('the open-data catalogue', () => {
  test('lists every public dataset with format, licence and a download that answers, in Russian and English, and as DCAT-AP', async () => {
    const { datasets } = (await (await fetch(`${baseURL}/api/open-data`, { headers: { 'accept-language': 'en' } })).json()) as Catalogue;
    const ids = datasets.map((d) => d.id);
    for (const id of ['audit.checkpoints', 'reports.csv', 'reports.geojson', 'budgeting.works', 'initiatives', 'events', 'charity.causes', 'city.districts'])
      expect(ids).toContain(id);
    expect(ids.some((id) => id.startsWith('budgeting.ballots.'))).toBe(true);
    expect(ids.some((id) => id.startsWith('polls.responses.'))).toBe(true);
    expect(datasets.find((d) => d.id === 'city.districts')!.licence.id).toBe('ODbL-1.0');
    // every listed address answers anyone on the demo city
    for (const d of datasets) expect([d.id, (await fetch(d.url.replace(/^https?:\/\/[^/]+/, baseURL))).status]).toEqual([d.id, 200]);

    const dcat = (await (await fetch(`${baseURL}/data.json`)).json()) as { '@type': string; 'dcat:dataset': { 'dct:identifier': string }[] };
    expect(dcat['@type']).toBe('dcat:Catalog');
    expect(dcat['dcat:dataset'].map((d) => d['dct:identifier'])).toEqual(ids);

    for (const [lang, viewport] of [
      ['ru', narrow],
      ['en', desktop],
    ] as const) {
      const context = await browser.context({ viewport, lang });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/open-data');
      await expectHeading(page, tr(lang, 'openData.title'));
      const list = page.getByRole('list', { name: tr(lang, 'openData.caption') });
      await expect.poll(() => list.getByRole('listitem').count()).toBe(datasets.length);
      await expect.poll(() => list.getByRole('link', { name: tr(lang, 'openData.download', { format: 'PB' }) }).count()).toBeGreaterThan(0);
      await screenshot(page, `open-data-${lang}-${viewport.width}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

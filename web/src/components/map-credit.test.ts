import { describe, expect, it } from 'vitest';
import { loadConfig } from '@server/config.js';
import { en } from '../i18n/en.js';
import { ru } from '../i18n/ru.js';
import { defaultMapAttribution, mapCredit } from './map-credit.js';

describe('the map attribution', () => {
  it('the default one is translated: «© участники OpenStreetMap» in Russian', () => {
    expect(mapCredit(defaultMapAttribution, (k) => ru[k])).toBe('© участники OpenStreetMap');
    expect(mapCredit(defaultMapAttribution, (k) => en[k])).toBe('© OpenStreetMap contributors');
  });
  it('is the server’s default', () => {
    expect(loadConfig({}).mapAttribution).toBe(defaultMapAttribution);
  });
  it('a city’s own attribution is shown as configured', () => {
    expect(mapCredit('© Яндекс, © участники OpenStreetMap', (k) => en[k])).toBe('© Яндекс, © участники OpenStreetMap');
  });
});

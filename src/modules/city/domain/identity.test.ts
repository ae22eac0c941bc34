import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../core/geo/geo.js';
import { defaultIdentity, isLanguageList, isTimeZone, nameIn, viewOfDistricts, worldView } from './identity.js';

const square = (lon: number, lat: number, side: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + side, lat],
      [lon + side, lat + side],
      [lon, lat + side],
      [lon, lat],
    ],
  ],
});

describe('the city’s identity rules', () => {
  it('knows IANA time zones and refuses the rest', () => {
    for (const zone of ['Europe/Moscow', 'Asia/Yekaterinburg', 'America/Argentina/Buenos_Aires', 'UTC']) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ['Europe/Kazan', 'Moscow', '', '+03:00', 'Europe/../etc', 'x'.repeat(80)]) expect(isTimeZone(zone), zone).toBe(false);
  });

  it('offers ru, en or both, each once', () => {
    expect(isLanguageList(['ru', 'en'])).toBe(true);
    expect(isLanguageList(['en'])).toBe(true);
    expect(isLanguageList([])).toBe(false);
    expect(isLanguageList(['ru', 'ru'])).toBe(false);
    expect(isLanguageList(['ru', 'de'])).toBe(false);
  });

  it('opens the map on the districts’ extent, or on the world without districts', () => {
    expect(viewOfDistricts([])).toEqual({ centre: worldView.centre, zoom: worldView.zoom });
    const city = viewOfDistricts([square(49, 55.7, 0.2), square(49.2, 55.7, 0.2)]);
    expect(city.centre).toEqual({ lat: 55.8, lon: 49.2 });
    expect(city.zoom).toBeGreaterThanOrEqual(9);
    expect(city.zoom).toBeLessThanOrEqual(11);
    // a tiny area is not zoomed past street level
    expect(viewOfDistricts([square(30, 60, 0.0001)]).zoom).toBe(16);
  });

  it('has a neutral name before setup and names the city in a language', () => {
    const before = defaultIdentity('Asia/Omsk', { centre: { lat: 1, lon: 2 }, zoom: 3 });
    expect(before).toMatchObject({ nameRu: 'Город', nameEn: 'Gorod', timeZone: 'Asia/Omsk', setupNeeded: true, languages: ['ru', 'en'], country: 'RU' });
    expect(nameIn({ nameRu: 'Казань', nameEn: 'Kazan' }, 'ru')).toBe('Казань');
    expect(nameIn({ nameRu: 'Казань', nameEn: 'Kazan' }, 'en')).toBe('Kazan');
  });
});

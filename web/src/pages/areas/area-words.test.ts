import { describe, expect, test } from 'vitest';
import { distanceText, placeName, topicsText } from './area-words.js';

const ru = { number: (n: number, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat('ru-RU', o).format(n) };
const en = { number: (n: number, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-GB', o).format(n) };
const t = ((key: string) => `<${key}>`) as never;

describe('the words of my area', () => {
  test('a distance under a kilometre is in metres, from a kilometre on in kilometres with one decimal at most', () => {
    expect(distanceText(ru, 250)).toBe('250 м');
    expect(distanceText(en, 999)).toBe('999 m');
    expect(distanceText(ru, 1000)).toBe('1 км');
    expect(distanceText(ru, 1500)).toBe('1,5 км');
    expect(distanceText(en, 2040)).toBe('2 km');
  });

  test('topics are said in the form’s order, whatever order they were chosen in', () => {
    expect(topicsText(t, ['events', 'reports'])).toBe('<profile.places.topic.reports>, <profile.places.topic.events>');
  });

  test('a place is called by its own name, else by its label', () => {
    expect(placeName(t, { name: 'Дача', label: 'other' })).toBe('Дача');
    expect(placeName(t, { name: '', label: 'parents' })).toBe('<profile.places.label.parents>');
  });
});

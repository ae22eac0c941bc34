// The city's identity as the web app uses it: its name in the interface language, where maps open, its logo and
// the languages it offers (GET /api/site, loaded once per visit and refreshed after an administrator's change).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSite } from './api/lists.js';
import type { Language, Schema } from './api/types.js';
import { browserLanguage, isLanguage, storedLanguage, switchLanguage } from './i18n/i18n.js';

export type CityIdentity = Schema<'CityIdentity'>;

/** The city's identity ('undefined' while the site's settings load). */
export function useCity(): CityIdentity | undefined {
  return useSite().data?.city;
}

/** The city's name in the interface language ('' while it loads). */
export function useCityName(): string {
  const { i18n } = useTranslation();
  const city = useCity();
  if (!city) return '';
  return i18n.language === 'en' ? city.nameEn : city.nameRu;
}

/** The site's name for titles: «Город» — Санкт-Петербург (as the server titles its pages) once the city is set up, «Город» before (and while loading). */
export function useSiteName(): string {
  const { t } = useTranslation();
  const city = useCity();
  const name = useCityName();
  return city && !city.setupNeeded && name ? t('app.nameWithCity', { city: name }) : t('app.name');
}

/** The languages the city offers, its default first (both while the settings load). */
export function useCityLanguages(): Language[] {
  const offered = useCity()?.languages.filter(isLanguage);
  return offered?.length ? offered : ['ru', 'en'];
}

/**
 * Keeps the interface in a language the city offers: a first visit (no choice saved on this device) shows the
 * browser's preferred one among them, and a language the city no longer offers gives way to one it does.
 */
export function useOfferedLanguage(): void {
  const { i18n } = useTranslation();
  const city = useCity();
  const current = i18n.language;
  useEffect(() => {
    const offered = city?.languages.filter(isLanguage);
    if (!offered?.length) return;
    const saved = storedLanguage();
    if (isLanguage(current) && offered.includes(current)) return;
    const target = saved && offered.includes(saved) ? saved : browserLanguage(offered);
    if (target !== current) void switchLanguage(target, false);
  }, [city, current]);
}

import { bbox, type AreaGeometry } from '../../../core/geo/geo.js';

/** The languages a city may offer its residents; the first of a city's list is its default. */
export const cityLanguages = ['ru', 'en'] as const;
export type CityLanguage = (typeof cityLanguages)[number];

/** Limits of the identity's fields (the API, the CLI and the web form share them). */
export const identityLimits = { nameMax: 100, contactMax: 200, zoomMin: 1, zoomMax: 19 } as const;

/** Countries whose working-day calendar Gorod knows (the Russian one ships). */
export const knownCountries = ['RU'] as const;

/** What the city calls itself and how its site opens: one row set by its administrator, or defaults before setup. */
export interface CityIdentity {
  nameRu: string;
  nameEn: string;
  /** IANA time zone. */
  timeZone: string;
  centre: { lat: number; lon: number };
  zoom: number;
  logoFileId: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  website: string | null;
  languages: CityLanguage[];
  country: string;
  /** No identity stored yet: the administrator's setup still has to name the city. */
  setupNeeded: boolean;
  /** An administrator finished the setup checklist (/admin/setup); until then administrators are led to it. */
  setupCompleted: boolean;
}

/** True for an IANA time-zone name this runtime knows (`Europe/Moscow`, `Asia/Yekaterinburg`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** True for a language list that offers at least one language, each known and once. */
export function isLanguageList(list: readonly string[]): list is CityLanguage[] {
  return list.length > 0 && new Set(list).size === list.length && list.every((l) => (cityLanguages as readonly string[]).includes(l));
}

/** Where a map opens when nothing is known: the whole world. */
export const worldView = { centre: { lat: 20, lon: 0 }, zoom: 2 } as const;

/**
 * Where a map of the districts opens: the middle of their extent, at the largest zoom that shows all of it on a
 * screen about 800 px across (a world view without districts).
 */
export function viewOfDistricts(geometries: AreaGeometry[]): { centre: { lat: number; lon: number }; zoom: number } {
  if (!geometries.length) return { centre: { ...worldView.centre }, zoom: worldView.zoom };
  const [minLon, minLat, maxLon, maxLat] = bbox(geometries);
  const lat = (minLat + maxLat) / 2;
  const lon = (minLon + maxLon) / 2;
  // a tile is 256 px for 360° at zoom 0; the extent in degrees must fit in 800 px (latitude stretched by 1/cos)
  const span = Math.max(maxLon - minLon, (maxLat - minLat) / Math.max(Math.cos((lat * Math.PI) / 180), 0.1), 1e-6);
  const zoom = Math.floor(Math.log2((800 / 256) * (360 / span)));
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  return { centre: { lat: round(lat), lon: round(lon) }, zoom: Math.min(Math.max(zoom, identityLimits.zoomMin), 16) };
}

/** The identity before setup: a neutral name, the configured time zone, the districts' view, both languages. */
export function defaultIdentity(timeZone: string, view: { centre: { lat: number; lon: number }; zoom: number }): CityIdentity {
  return {
    nameRu: 'Город',
    nameEn: 'Gorod',
    timeZone,
    centre: view.centre,
    zoom: view.zoom,
    logoFileId: null,
    phone: null,
    email: null,
    address: null,
    website: null,
    languages: [...cityLanguages],
    country: 'RU',
    setupNeeded: true,
    setupCompleted: false,
  };
}

/** The city's name in a language (its Russian name for Russian, English for the rest). */
export function nameIn(identity: Pick<CityIdentity, 'nameRu' | 'nameEn'>, lang: string): string {
  return lang === 'ru' ? identity.nameRu : identity.nameEn;
}

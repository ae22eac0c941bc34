// The tiles' licence needs an attribution on every map; the server sends MAP_ATTRIBUTION as configured.

/** MAP_ATTRIBUTION's default on the server (src/config.ts). */
export const defaultMapAttribution = '© OpenStreetMap contributors';

/** The attribution to show: the default one in the page's language («© участники OpenStreetMap»), a city's own as configured. */
export function mapCredit(attribution: string, t: (key: 'home.osmCredit') => string): string {
  return attribution.trim() === defaultMapAttribution ? t('home.osmCredit') : attribution;
}

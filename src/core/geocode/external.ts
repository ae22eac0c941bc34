import { z } from 'zod';
import type { Language } from '../i18n/i18n.js';
import { cleanLine } from '../text/text.js';
import { version } from '../version.js';

/** One answer of a Nominatim-compatible `/search?format=jsonv2` (numbers come as text). */
const nominatimSchema = z.array(
  z.object({
    display_name: z.string(),
    lat: z.coerce.number().min(-90).max(90),
    lon: z.coerce.number().min(-180).max(180),
    /** south, north, west, east */
    boundingbox: z.array(z.coerce.number()).length(4).optional(),
  }),
);

/** A place the external geocoder found: its name, point and box ([west, south, east, north]) when it has one. */
export interface ExternalPlace {
  label: string;
  kind: 'external';
  lat: number;
  lon: number;
  bbox: [number, number, number, number] | null;
}

/** The search address of a configured geocoder: `…/search` added to a bare address. */
export function searchUrl(base: string): URL {
  const url = new URL(base);
  if (!/\/search(\.php)?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/+$/, '')}/search`;
  return url;
}

/**
 * Asks the external geocoder (GEOCODER_URL, Nominatim's `/search?format=jsonv2`) within the city's box
 * ([west, south, east, north]) and keeps only what lies inside it. Throws on a refusal, a timeout (`timeoutMs`)
 * or an answer that is not Nominatim's shape: the caller answers the local results and says it is unavailable.
 */
export async function searchExternal(
  base: string,
  query: string,
  box: [number, number, number, number],
  opts: { limit: number; lang: Language; timeoutMs: number; publicUrl: string },
): Promise<ExternalPlace[]> {
  const [w, s, e, n] = box;
  const url = searchUrl(base);
  url.searchParams.set('format', 'jsonv2');
  url.searchParams.set('q', query);
  url.searchParams.set('limit', String(opts.limit));
  url.searchParams.set('viewbox', `${w},${n},${e},${s}`);
  url.searchParams.set('bounded', '1');
  url.searchParams.set('accept-language', opts.lang);
  const res = await fetch(url, {
    // Nominatim's usage policy asks every application to name itself
    headers: { 'user-agent': `Gorod/${version} (${opts.publicUrl})`, accept: 'application/json' },
    signal: AbortSignal.timeout(opts.timeoutMs),
    redirect: 'error',
  });
  if (!res.ok) throw new Error(`geocoder answered ${res.status}`);
  const found = nominatimSchema.parse(await res.json());
  const inside = (lat: number, lon: number) => lat >= s && lat <= n && lon >= w && lon <= e;
  return found
    .filter((f) => inside(f.lat, f.lon))
    .slice(0, opts.limit)
    .map((f) => {
      const bb = f.boundingbox;
      return {
        label: cleanLine(f.display_name).slice(0, 200),
        kind: 'external' as const,
        lat: f.lat,
        lon: f.lon,
        bbox: bb && bb[2]! < bb[3]! && bb[0]! < bb[1]! ? ([bb[2]!, bb[0]!, bb[3]!, bb[1]!] as [number, number, number, number]) : null,
      };
    });
}

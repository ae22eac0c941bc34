/**
 * Each web page's own scripts, styles and texts, listed in its index.html as `<link rel="modulepreload">` (a style:
 * `<link rel="preload" as="style">`) so the browser fetches them beside the entry script instead of one after another
 * (entry → texts → page → its parts; a page's code waits for its styles before it draws). The build
 * writes web/dist/route-preloads.json (web/vite.config.ts's routePreloads); without it (an older build) pages get
 * no hints and load as before. Pure but for reading the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { matchWebRoute } from './web-routes.js';

export interface RoutePreloads {
  /** per route pattern (web-routes.ts): the page's scripts beyond the entry's, their styles, and the text groups it fetches */
  routes: Record<
    string,
    { scripts: string[]; styles?: string[]; texts: string[]; /** only the signed-in see it (others are sent to sign in) */ signedIn?: true }
  >;
  /** per language, each text group's script */
  texts: Record<string, Record<string, string>>;
}

/** The build's list, or null when the build wrote none (or it cannot be read). */
export function readRoutePreloads(webDist: string): RoutePreloads | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(webDist, 'route-preloads.json'), 'utf8')) as Partial<RoutePreloads>;
    return parsed.routes && parsed.texts ? { routes: parsed.routes, texts: parsed.texts } : null;
  } catch {
    return null;
  }
}

/** Only the build's own asset names go into the page (they are written into HTML unescaped). */
const assetName = /^\/assets\/[\w.-]+\.(?:js|css)$/;

/**
 * The files a page at `pathname` loads first, in the language `lang` the page will most likely show: the base
 * texts (every page), and the route's styles, page code and text groups — for a
 * page only the signed-in see, only when `signedIn` (the request carries a session cookie; others are sent to sign in).
 */
export function preloadsFor(preloads: RoutePreloads, pathname: string, lang: string, signedIn: boolean): string[] {
  const texts = preloads.texts[lang] ?? {};
  const pattern = matchWebRoute(pathname);
  const found = pattern ? preloads.routes[pattern] : undefined;
  const route = found?.signedIn && !signedIn ? undefined : found;
  const groups = ['base', ...(route?.texts ?? [])];
  const files = [...(route?.styles ?? []), ...groups.map((g) => texts[g]), ...(route?.scripts ?? [])];
  return [...new Set(files)].filter((f): f is string => typeof f === 'string' && assetName.test(f));
}

/**
 * index.html with `<link rel="modulepreload">` for each script and `<link rel="preload" as="style">` for each style
 * (fetched, not applied: the page's code applies it as it loads), before `</head>` (after the entry's own).
 */
export function withPreloads(html: string, files: string[]): string {
  if (files.length === 0) return html;
  const links = files
    .map((f) => (f.endsWith('.css') ? `<link rel="preload" as="style" crossorigin href="${f}">` : `<link rel="modulepreload" crossorigin href="${f}">`))
    .join('\n    ');
  return html.replace(/<\/head>/i, () => `  ${links}\n  </head>`);
}

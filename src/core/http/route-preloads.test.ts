import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadsFor, readRoutePreloads, withPreloads, type RoutePreloads } from './route-preloads.js';
import { webRoutePatterns } from './web-routes.js';

const preloads: RoutePreloads = {
  routes: {
    '/reports/:number': { scripts: ['/assets/report-a1.js', '/assets/comment-thread-b2.js'], styles: ['/assets/report-a1.css'], texts: ['reports'] },
    '/budgeting/headings/:headingId/ballot': { scripts: ['/assets/ballot-c3.js'], texts: ['budgeting'], signedIn: true },
    '/polls': { scripts: ['/assets/polls-d4.js', '"><script>alert(1)</script>'], texts: ['polls'] },
  },
  texts: {
    ru: { base: '/assets/texts-ru-base-1.js', reports: '/assets/texts-ru-reports-2.js', budgeting: '/assets/texts-ru-budgeting-3.js' },
    en: { base: '/assets/texts-en-base-4.js', reports: '/assets/texts-en-reports-5.js' },
  },
};

describe('a page’s first scripts, listed in its index.html', () => {
  it('a report page gets its styles, its language’s base and report texts and the page’s own scripts', () => {
    expect(preloadsFor(preloads, '/reports/17', 'ru', false)).toEqual([
      '/assets/report-a1.css',
      '/assets/texts-ru-base-1.js',
      '/assets/texts-ru-reports-2.js',
      '/assets/report-a1.js',
      '/assets/comment-thread-b2.js',
    ]);
    expect(preloadsFor(preloads, '/reports/17', 'en', false)).toEqual([
      '/assets/report-a1.css',
      '/assets/texts-en-base-4.js',
      '/assets/texts-en-reports-5.js',
      '/assets/report-a1.js',
      '/assets/comment-thread-b2.js',
    ]);
  });

  it('a page only the signed-in see gets its scripts only with a session cookie (others are sent to sign in)', () => {
    const ballot = '/budgeting/headings/5dea9907-17dd-4701-b215-40c24fcaced6/ballot';
    expect(preloadsFor(preloads, ballot, 'ru', false)).toEqual(['/assets/texts-ru-base-1.js']);
    expect(preloadsFor(preloads, ballot, 'ru', true)).toEqual(['/assets/texts-ru-base-1.js', '/assets/texts-ru-budgeting-3.js', '/assets/ballot-c3.js']);
  });

  it('an address that is no page, or a page the build listed nothing for, gets the base texts only', () => {
    expect(preloadsFor(preloads, '/no-such-page', 'ru', false)).toEqual(['/assets/texts-ru-base-1.js']);
    expect(preloadsFor(preloads, '/discussions', 'en', false)).toEqual(['/assets/texts-en-base-4.js']);
    // a language the build has no texts for: only the scripts
    expect(preloadsFor(preloads, '/reports/1', 'de', false)).toEqual(['/assets/report-a1.css', '/assets/report-a1.js', '/assets/comment-thread-b2.js']);
  });

  it('only the build’s own asset names reach the page (a text group it lacks, or anything else, is left out)', () => {
    expect(preloadsFor(preloads, '/polls', 'ru', false)).toEqual(['/assets/texts-ru-base-1.js', '/assets/polls-d4.js']);
  });

  it('the links go at the end of the head; no files, no change', () => {
    const html = '<html><head><title>x</title></head><body></body></html>';
    expect(withPreloads(html, [])).toBe(html);
    const out = withPreloads(html, ['/assets/a.js', '/assets/b.js']);
    expect(out).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/a.js">\n    <link rel="modulepreload" crossorigin href="/assets/b.js">\n  </head>',
    );
    expect(out.indexOf('modulepreload')).toBeGreaterThan(out.indexOf('<title>'));
    // a style is fetched early, not applied: the page's code applies it when it loads
    expect(withPreloads(html, ['/assets/a.css'])).toContain('<link rel="preload" as="style" crossorigin href="/assets/a.css">\n  </head>');
  });

  it('without the build’s list (an older build, or none) there are no hints', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-preloads-'));
    try {
      expect(readRoutePreloads(dir)).toBeNull();
      fs.writeFileSync(path.join(dir, 'route-preloads.json'), 'not json');
      expect(readRoutePreloads(dir)).toBeNull();
      fs.writeFileSync(path.join(dir, 'route-preloads.json'), JSON.stringify(preloads));
      expect(readRoutePreloads(dir)).toEqual(preloads);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // the build's own list (web/vite.config.ts reads web/src/app.tsx): every page it names is a page, every file exists
  const dist = path.join(path.dirname(new URL(import.meta.url).pathname), '../../../web/dist');
  const built = readRoutePreloads(dist);
  it.skipIf(!built)('the build lists each page of the web app, with files it wrote', () => {
    const routes = Object.keys(built!.routes);
    expect(routes.length).toBeGreaterThan(60);
    for (const route of routes) expect(webRoutePatterns, route).toContain(route);
    expect(built!.routes['/reports/:number']!.texts).toEqual(['reports']);
    expect(built!.routes['/budgeting/headings/:headingId/ballot']!.signedIn).toBe(true);
    expect(built!.routes['/']!.texts).toEqual(['home']);
    // the home page's own styles (home.css) come with it
    expect(built!.routes['/']!.styles?.some((f) => /^\/assets\/home-[\w-]+\.css$/.test(f))).toBe(true);
    const files = [
      ...Object.values(built!.routes).flatMap((r) => [...r.scripts, ...(r.styles ?? [])]),
      ...Object.values(built!.texts).flatMap((t) => Object.values(t)),
    ];
    for (const file of files) expect(fs.existsSync(path.join(dist, file)), file).toBe(true);
  });
});

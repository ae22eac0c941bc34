import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchWebRoute, webRoutePatterns } from './web-routes.js';

describe('the web app’s page addresses', () => {
  it('are exactly the routes web/src/app.tsx declares (besides its catch-all "not found")', () => {
    const app = fs.readFileSync(new URL('../../../web/src/app.tsx', import.meta.url), 'utf8');
    const declared = [...app.matchAll(/\bpath:\s*'([^']+)'/g)].map((m) => m[1]!).filter((p) => p !== '*');
    expect([...declared].sort()).toEqual([...webRoutePatterns].sort());
  });

  it('a path matches its pattern; a static page wins over a parameter', () => {
    expect(matchWebRoute('/')).toBe('/');
    expect(matchWebRoute('/reports')).toBe('/reports');
    expect(matchWebRoute('/reports/')).toBe('/reports');
    expect(matchWebRoute('/reports/42')).toBe('/reports/:number');
    expect(matchWebRoute('/reports/new')).toBe('/reports/new');
    expect(matchWebRoute('/polls/receipt')).toBe('/polls/receipt');
    expect(matchWebRoute('/polls/abc/results')).toBe('/polls/:id/results');
    expect(matchWebRoute('/people/%D0%B8%D0%BC%D1%8F')).toBe('/people/:id');
  });

  it('an address that is no page matches nothing', () => {
    for (const path of ['/no-such-page', '/reports/42/extra', '/admin', '/budgeting/headings', '/%E0%A4%A']) expect(matchWebRoute(path), path).toBeNull();
  });
});

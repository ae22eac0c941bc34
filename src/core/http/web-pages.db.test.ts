import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist } from '../../app.js';
import { testApp, type TestApp } from '../../../test/db.js';

// the pages are the built web app's index.html: without a build there is nothing to serve
const built = fs.existsSync(path.join(webDist, 'index.html'));

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

describe.skipIf(!built)('pages of the web app', () => {
  it('an address that is no page answers 404 with the web app, which shows "page not found"', async () => {
    for (const url of ['/no-such-page', '/reports/1/extra', '/admin', '/budgeting/headings']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('text/html');
      expect(res.body, url).toContain('<div id="root">');
    }
  });

  it('a page of the web app answers 200, with a query or a trailing slash too', async () => {
    for (const url of ['/', '/reports', '/reports/', '/reports/17', '/reports?view=list', '/reports/new', '/polls/receipt', '/people/not-a-uuid']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain('text/html');
    }
  });

  it('API addresses and files that do not exist stay JSON 404s', async () => {
    for (const url of ['/api/no-such-thing', '/assets/old-chunk.js']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('application/json');
    }
  });
});

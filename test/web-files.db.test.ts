import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/core/db/client.js';
import type { App } from '../src/core/module/module.js';
import { modules } from '../src/modules.js';
import { testDatabase } from './db.js';

// The built web app as the server sends it: a build of its own (an index page, a hashed script with the
// Brotli and gzip copies web/vite.config.ts writes beside it), so the test needs no `npm run build`.
let database: Database;
let app: App;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-web-files-'));
const script = `export const answer = ${JSON.stringify('сорок два '.repeat(200))};\n`;

beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><head><title>«Город»</title></head><body><div id="root"></div></body></html>');
  const file = path.join(dist, 'assets', 'index-AbCd1234.js');
  fs.writeFileSync(file, script);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(script));
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  database = await testDatabase();
  const config = loadConfig({ DATA_DIR: dist, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://gorod.test' });
  ({ app } = await buildApp(config, database, modules, { logger: false, webDist: dist }));
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

describe('the web app’s files', () => {
  it('a hashed script goes as Brotli to a browser that takes it, cached for a year and never revalidated', async () => {
    const res = await get('/assets/index-AbCd1234.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toContain('accept-encoding');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('goes as gzip to a browser that takes only gzip, and as it is to one that takes neither', async () => {
    const gz = await get('/assets/index-AbCd1234.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/index-AbCd1234.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('pages and unhashed files are revalidated on every visit, so a new release shows at once', async () => {
    for (const url of ['/', '/reports', '/favicon.svg']) {
      const res = await get(url, 'gzip, br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('an old release’s script that is gone is a 404, not the app', async () => {
    const res = await get('/assets/index-Gone0000.js', 'br');
    expect(res.statusCode).toBe(404);
  });
});

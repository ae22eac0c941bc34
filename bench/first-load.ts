/**
 * The web's first load: for each measured page, the JavaScript a fresh browser (no cache) downloads until the page
 * has drawn, as gzip and Brotli bytes (the build writes both copies; the server sends the one the browser accepts),
 * against the targets (≤ 200 KB gzip on every page, ≤ 150 KB on the home page); whether the server sent it compressed
 * and cached for good; and any text group a page had to fetch late (web/src/i18n/text-groups.ts). With Lighthouse (a
 * devDependency pinned at 12.2.3, as 13 needs Node 22; or LIGHTHOUSE_DIR pointing at a folder where it is), each page's
 * mobile performance score against the target (≥ 90).
 *
 * It needs the built web (`npm run build`) and a server with the demo city:
 *   DATA_DIR=/tmp/gorod-fl node bin/gorod.js seed && DATA_DIR=/tmp/gorod-fl MAP_TILE_URL=none node bin/gorod.js serve
 *   npm run bench:first-load -- --url http://127.0.0.1:3000 [--no-lighthouse] [--runs 3] [--ru] [--files]
 * Not part of `npm run bench` (which needs neither).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = (option('--url') ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(option('--runs') ?? 3);

/** A line of the report on stdout. */
const print = (line: string) => void process.stdout.write(`${line}\n`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function json<T>(url: string): Promise<T> {
  const res = await fetch(`${base}${url}`);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** The pages the issue names (home, the reports map, a report, a ballot) and a few more, found in the demo city. */
async function pages(): Promise<{ name: string; path: string; target: number }[]> {
  const reports = await json<{ items: { number: number }[] }>('/api/reports?limit=1');
  const cycles = await json<{ items: { id: string; phase: string }[] }>('/api/budgeting/cycles');
  const voting = cycles.items.find((c) => c.phase === 'voting') ?? cycles.items[0];
  const cycle = voting ? await json<{ headings: { id: string }[] }>(`/api/budgeting/cycles/${voting.id}`) : null;
  const list = [
    { name: 'home', path: '/', target: 150 * 1024 },
    { name: 'reports map', path: '/reports', target: 200 * 1024 },
    { name: 'a report', path: reports.items[0] ? `/reports/${reports.items[0].number}` : '', target: 200 * 1024 },
    { name: 'a ballot', path: cycle?.headings[0] ? `/budgeting/headings/${cycle.headings[0].id}/ballot` : '', target: 200 * 1024 },
    { name: 'discussions', path: '/discussions', target: 200 * 1024 },
    { name: 'polls', path: '/polls', target: 200 * 1024 },
    { name: 'initiatives', path: '/initiatives', target: 200 * 1024 },
    { name: 'sign-in', path: '/login', target: 200 * 1024 },
  ];
  return list.filter((p) => p.path);
}

type Load = { gzip: number; brotli: number; wire: number; files: number; list: string[]; uncompressed: string[]; notImmutable: string[]; late: string[] };

async function firstLoad(browser: Browser, pagePath: string, lang: 'ru' | 'en'): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: lang === 'en' ? 'en-GB' : 'ru-RU' });
  await context.addInitScript((l) => localStorage.setItem('gorod.language', l), lang);
  const page = await context.newPage();
  const load: Load = { gzip: 0, brotli: 0, wire: 0, files: 0, list: [], uncompressed: [], notImmutable: [], late: [] };
  const pending: Promise<void>[] = [];
  page.on('console', (msg) => {
    if (msg.text().startsWith('texts fetched late')) load.late.push(msg.text());
  });
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(
      (async () => {
        const body = await res.body();
        const headers = res.headers();
        const name = new URL(res.url()).pathname;
        load.files++;
        const gz = zlib.gzipSync(body, { level: 9 }).length;
        load.gzip += gz;
        load.list.push(`${name.replace(/^\/assets\//, '')} ${kb(gz)}`);
        load.brotli += zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        const sizes = await res.request().sizes();
        load.wire += sizes.responseBodySize;
        if (!headers['content-encoding']) load.uncompressed.push(name);
        if (name.startsWith('/assets/') && !/immutable/.test(headers['cache-control'] ?? '')) load.notImmutable.push(name);
      })(),
    );
  });
  await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle' });
  while (pending.length > 0) await pending.shift();
  await context.close();
  return load;
}

type Lighthouse = (
  url: string,
  flags: object,
) => Promise<{ lhr: { categories: { performance: { score: number | null } }; runtimeError?: { code: string } } } | undefined>;

async function loadLighthouse(): Promise<{ lighthouse: Lighthouse; launch: (opts: object) => Promise<{ port: number; kill: () => void }> } | null> {
  if (args.includes('--no-lighthouse')) return null;
  const from = process.env.LIGHTHOUSE_DIR ? (m: string) => pathToFileURL(path.join(process.env.LIGHTHOUSE_DIR!, 'node_modules', m, '')).href : (m: string) => m;
  try {
    const lh = (await import(from('lighthouse/core/index.js'))) as { default: Lighthouse };
    const cl = (await import(from('chrome-launcher/dist/index.js'))) as { launch: (opts: object) => Promise<{ port: number; kill: () => void }> };
    return { lighthouse: lh.default, launch: cl.launch };
  } catch {
    return null;
  }
}

const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
const list = await pages();
print(`first load on ${base}: JavaScript a fresh phone browser downloads until the page is idle (gzip/brotli of each file)`);
let allHold = true;
for (const p of list) {
  for (const lang of args.includes('--ru') ? (['ru'] as const) : (['ru', 'en'] as const)) {
    const l = await firstLoad(browser, p.path, lang);
    const holds = l.gzip <= p.target;
    allHold &&= holds;
    const problems = [
      l.uncompressed.length ? `${l.uncompressed.length} sent uncompressed (${l.uncompressed[0]}…)` : '',
      l.notImmutable.length ? `${l.notImmutable.length} not cached for good (${l.notImmutable[0]}…)` : '',
      l.late.length ? `texts fetched late: ${l.late.length}` : '',
    ].filter(Boolean);
    print(
      `${`${p.name} (${lang})`.padEnd(20)} ${String(l.files).padStart(2)} files  gzip ${kb(l.gzip).padStart(9)}  brotli ${kb(l.brotli).padStart(9)}  on the wire ${kb(l.wire).padStart(9)}  (target ≤ ${kb(p.target)} gzip): ${holds ? 'holds' : 'DOES NOT HOLD'}${problems.length ? `; ${problems.join('; ')}` : ''}`,
    );
    // --files: which files a page loaded, each with its gzip size
    if (args.includes('--files')) print(`  ${l.list.sort().join('\n  ')}`);
  }
}
await browser.close();

const lh = await loadLighthouse();
if (!lh) {
  print('Lighthouse: not installed (npm i -D -E lighthouse@12.2.3, or LIGHTHOUSE_DIR); scores skipped');
} else {
  print(`Lighthouse mobile performance (median of ${runs}; target ≥ 90):`);
  for (const p of list.slice(0, 4)) {
    const scores: number[] = [];
    // a run whose trace Lighthouse could not record (it says NO_NAVSTART now and then with this Chromium) has no score:
    // it is run again, up to as many times as there are runs, and the line says how many were
    const failed: string[] = [];
    while (scores.length < runs && failed.length < runs) {
      const chrome = await lh.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
      try {
        const result = await lh.lighthouse(`${base}${p.path}`, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
        const score = result?.lhr.categories.performance.score;
        if (score === null || score === undefined) failed.push(result?.lhr.runtimeError?.code ?? 'no result');
        else scores.push(Math.round(score * 100));
      } finally {
        chrome.kill();
      }
    }
    scores.sort((a, b) => a - b);
    const median = scores.length ? scores[Math.floor(scores.length / 2)]! : 0;
    allHold &&= median >= 90;
    const redone = failed.length ? `; ${failed.length} run(s) without a score, run again: ${failed.join(', ')}` : '';
    print(`${p.name.padEnd(20)} ${median} (runs: ${scores.join(', ')}${redone}): ${median >= 90 ? 'holds' : 'DOES NOT HOLD'}`);
  }
}
print(allHold ? 'every first-load target holds' : 'some first-load target does not hold');

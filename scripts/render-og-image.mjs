#!/usr/bin/env node
// Renders web/public/og-image.png, the 1200×630 picture link previews show for pages without an
// image of their own. Run again after changing the card: node scripts/render-og-image.mjs
// (CHROMIUM=/path/to/chromium when it is not /usr/bin/chromium).
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = fileURLToPath(new URL('../web/public/og-image.png', import.meta.url));
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #fff;
    background: linear-gradient(160deg, #1d5aa6 0%, #123f78 100%); position: relative; overflow: hidden; }
  .mark { position: absolute; left: 96px; top: 96px; width: 112px; height: 112px; }
  h1 { position: absolute; left: 96px; top: 236px; margin: 0; font-size: 150px; font-weight: 700; letter-spacing: -2px; }
  p { position: absolute; left: 100px; top: 440px; margin: 0; font-size: 44px; color: #dce8f7; }
  .skyline { position: absolute; left: 0; right: 0; bottom: 0; width: 1200px; height: 120px; }
</style></head><body>
  <svg class="mark" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#fff"/><path d="M7 25V13l5-4 5 4v12zM19 25V7h6v18z" fill="#1d5aa6"/></svg>
  <h1>«Город»</h1>
  <p>Gorod — Saint Petersburg</p>
  <svg class="skyline" viewBox="0 0 1200 150" preserveAspectRatio="none">
    <path fill="#ffffff" fill-opacity="0.10" d="M0 150V118h120v-20h60v20h90V96h40V40l6-36 6 36v56h40v22h160v-30l40-24 40 24v30h120V92h50v26h140V70h20l10-40 10 40h20v48h100v-20h60v52z"/>
    <path fill="#ffffff" fill-opacity="0.16" d="M0 150v-14c120 10 240-10 360 0s240 10 360 0 240-10 360 0 80 4 120 0v14z"/>
  </svg>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.screenshot({ path: out, type: 'png' });
  process.stderr.write(`wrote ${out}\n`);
} finally {
  await browser.close();
}

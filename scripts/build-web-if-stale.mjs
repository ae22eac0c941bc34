#!/usr/bin/env node
// Builds the web app (web/ → web/dist) only when it is missing or older than its sources, so
// `npm start` is quick after the first time. Prints one line to stderr saying what it did.
// Exit code 1 when the build fails.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = path.join(root, 'web');
const distDir = path.join(webDir, 'dist');
const indexFile = path.join(distDir, 'index.html');
const rel = (p) => path.relative(root, p);

/** The newest file under `dir` (skipping web/dist and dot-folders), as { file, mtimeMs }. */
function newestUnder(dir) {
  let newest = { file: null, mtimeMs: 0 };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full === distDir || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const inner = newestUnder(full);
      if (inner.mtimeMs > newest.mtimeMs) newest = inner;
    } else if (entry.isFile()) {
      const { mtimeMs } = fs.statSync(full);
      if (mtimeMs > newest.mtimeMs) newest = { file: full, mtimeMs };
    }
  }
  return newest;
}

function staleReason() {
  if (!fs.existsSync(indexFile)) return `${rel(indexFile)} is missing`;
  const built = fs.statSync(indexFile).mtimeMs;
  const sources = newestUnder(webDir);
  if (sources.mtimeMs > built) return `${rel(sources.file)} changed`;
  // the server's pure rules the web app imports (@server/…: modules' domain/, core/text, core/geo, core/auth, core/http/web-routes.ts)
  const modules = path.join(root, 'src', 'modules');
  const shared = [
    ...fs.readdirSync(modules).map((m) => path.join(modules, m, 'domain')),
    ...['text', 'geo', 'auth'].map((c) => path.join(root, 'src', 'core', c)),
  ].filter((d) => fs.existsSync(d));
  for (const dir of shared) {
    const newest = newestUnder(dir);
    if (newest.mtimeMs > built) return `${rel(newest.file)} changed`;
  }
  // the web app's page addresses, shared with the server
  const routes = path.join(root, 'src', 'core', 'http', 'web-routes.ts');
  if (fs.existsSync(routes) && fs.statSync(routes).mtimeMs > built) return `${rel(routes)} changed`;
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > built) return 'package-lock.json changed';
  return null;
}

const reason = staleReason();
if (!reason) {
  process.stderr.write(`web: ${rel(distDir)} is up to date, not rebuilding.\n`);
} else {
  const started = Date.now();
  // a production bundle even when called from a test runner (NODE_ENV=test would select React's
  // development build and the development JSX runtime)
  process.env.NODE_ENV = 'production';
  try {
    const { build } = await import('vite');
    await build({ configFile: path.join(webDir, 'vite.config.ts'), mode: 'production', logLevel: 'error' });
    // the build may be quicker than the file-time resolution: make index.html at least as new as its sources
    const now = new Date();
    fs.utimesSync(indexFile, now, now);
    process.stderr.write(`web: built ${rel(distDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s (${reason}).\n`);
  } catch (err) {
    process.stderr.write(`web: the build failed (${reason}): ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

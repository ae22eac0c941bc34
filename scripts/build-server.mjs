#!/usr/bin/env node
// Compiles the server and the CLI (src/ → dist/server/) with esbuild, once: `npm install` (prepare),
// `npm start` and `npm test` run it, and bin/gorod.js runs it itself when a source is newer than the
// build, so a stale build never runs (one process compiles, under dist/server-build.lock; others wait). Run as a script it builds only when stale and prints one line to
// stderr saying what it did (`--force` builds anyway); exit code 1 when the build fails.
//
// The build is ES modules with code splitting: src/main.ts is the entry, and every `await import()` in it
// (a command's use cases, the server, the database drivers) is a chunk loaded only by the commands that
// need it. Packages stay in node_modules (not bundled). Every file is named by its content hash and
// dist/server/build.json, written last and atomically, names the entry: a process that started on the
// previous build keeps finding its chunks, and two processes building at once write the same files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = path.join(root, 'src');
export const outDir = path.join(root, 'dist', 'server');
const manifestFile = path.join(outDir, 'build.json');
const rel = (p) => path.relative(root, p);
// what else decides the output: this script (the esbuild options) and the TypeScript settings
const inputs = [fileURLToPath(import.meta.url), path.join(root, 'tsconfig.json')];

/** The build's manifest ({ entry, startedAt, files }), or null when there is none. */
export function readManifest() {
  try {
    return JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  } catch {
    return null;
  }
}

/** The first file or folder under `dir` changed after `since` (ms), or null. Tests are not compiled and skipped. */
function changedSince(dir, since) {
  // a folder's time changes when a file in it is added, renamed or removed
  if (fs.statSync(dir).mtimeMs > since) return dir;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = changedSince(full, since);
      if (inner) return inner;
    } else if (!entry.name.endsWith('.test.ts') && fs.statSync(full).mtimeMs > since) return full;
  }
  return null;
}

/**
 * Why the compiled server is stale (missing, or a source changed since its build began), or null when it
 * is current. A walk over file times (~600 stats, a few milliseconds).
 */
export function staleReason(manifest = readManifest()) {
  if (!manifest || !fs.existsSync(path.join(outDir, manifest.entry))) return `${rel(outDir)} has no build`;
  for (const file of inputs) if (fs.statSync(file).mtimeMs > manifest.startedAt) return `${rel(file)} changed`;
  const changed = changedSince(srcDir, manifest.startedAt);
  return changed ? `${rel(changed)} changed` : null;
}

/** Writes `data` to `file` through a temporary name, so no reader ever sees half a file. */
function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** Compiles src/ into dist/server/; returns the new manifest. Throws with esbuild's messages when the sources do not compile. */
export async function buildServer() {
  // sources changed while the build reads them make the next check see it stale
  const startedAt = Date.now();
  const previous = readManifest();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: outDir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    // function and class names stay as written: routes name their policy by the rule's name (x-policy), errors by their class
    keepNames: true,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const files = [];
  let entry = null;
  for (const out of result.outputFiles) {
    const name = path.relative(outDir, out.path);
    files.push(name);
    if (result.metafile.outputs[rel(out.path).split(path.sep).join('/')]?.entryPoint === 'src/main.ts') entry = name;
    if (fs.existsSync(out.path)) continue; // named by content: the same file
    fs.mkdirSync(path.dirname(out.path), { recursive: true });
    writeAtomically(out.path, out.contents);
  }
  if (!entry) throw new Error('esbuild produced no entry for src/main.ts');
  const manifest = { entry, startedAt, builtAt: Date.now(), files };
  writeAtomically(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
  removeOldFiles(new Set([...files, ...(previous?.files ?? [])]));
  return manifest;
}

/** Removes files of builds before the previous one (kept for processes still running on it), once they are an hour old. */
function removeOldFiles(keep) {
  const hourAgo = Date.now() - 3_600_000;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (full !== manifestFile && !keep.has(path.relative(outDir, full)) && fs.statSync(full).mtimeMs < hourAgo) fs.rmSync(full, { force: true });
    }
  };
  walk(outDir);
}

const lockFile = path.join(root, 'dist', 'server-build.lock');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
};

/** Runs `fn` holding dist/server-build.lock, so processes that find the build stale at once compile it once. */
async function withBuildLock(fn) {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let abandoned = false;
      try {
        // a holder that died, or a lock older than any build, is taken over
        abandoned = !alive(Number(fs.readFileSync(lockFile, 'utf8'))) || Date.now() - fs.statSync(lockFile).mtimeMs > 180_000;
      } catch {
        continue; // released meanwhile
      }
      if (abandoned) fs.rmSync(lockFile, { force: true });
      else await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

/**
 * The current build's manifest, compiling first when it is stale (or `force`): `{ manifest, built }`, `built` the
 * reason it compiled or null. While another process compiles, waits for it and uses its build.
 */
export async function ensureBuilt({ force = false } = {}) {
  const first = readManifest();
  if (!force && !staleReason(first)) return { manifest: first, built: null };
  return withBuildLock(async () => {
    const manifest = readManifest();
    const reason = force ? 'asked to' : staleReason(manifest);
    if (!reason) return { manifest, built: null }; // another process just compiled it
    return { manifest: await buildServer(), built: reason };
  });
}

/** esbuild's errors as readable lines. */
export function describeBuildError(err) {
  if (Array.isArray(err?.errors) && err.errors.length) {
    return err.errors.map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text)).join('\n');
  }
  return err instanceof Error ? err.message : String(err);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const { built } = await ensureBuilt({ force: process.argv.includes('--force') });
    if (!built) process.stderr.write(`server: ${rel(outDir)} is up to date, not rebuilding.\n`);
    else process.stderr.write(`server: compiled ${rel(outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s (${built}).\n`);
  } catch (err) {
    process.stderr.write(`server: the build failed:\n${describeBuildError(err)}\n`);
    process.exitCode = 1;
  }
}

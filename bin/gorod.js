#!/usr/bin/env node
// The `gorod` command: runs the compiled server and CLI (dist/server/, built by `npm install`, `npm start`
// and `npm test` through scripts/build-server.mjs). When a source under src/ is newer than the build, it
// compiles again first (a second or two, said on stderr), so what runs is always the current code.
// GOROD_TSX=1 runs the TypeScript sources through tsx instead (slower to start; a development tool).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeBuildError, ensureBuilt, outDir, staleReason } from '../scripts/build-server.mjs';

/** Runs src/main.ts through tsx, as before there was a build. */
async function runSources() {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}

if (process.env.GOROD_TSX === '1') {
  await runSources();
} else {
  let manifest = null;
  const started = Date.now();
  try {
    const { manifest: current, built } = await ensureBuilt();
    manifest = current;
    if (built) process.stderr.write(`gorod: compiled the server in ${((Date.now() - started) / 1000).toFixed(1)} s (${built}).\n`);
  } catch (err) {
    const code = err && typeof err === 'object' && 'code' in err ? err.code : undefined;
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
      // an installation this user may not write to: the sources still run, only slower to start
      process.stderr.write(`gorod: cannot write ${outDir} (${code}); running the sources through tsx (${staleReason()}).\n`);
    } else {
      process.stderr.write(`gorod: the server does not compile:\n${describeBuildError(err)}\n`);
      process.exit(1);
    }
  }
  if (manifest) {
    // stack traces name the TypeScript sources (dist/server/*.js.map)
    process.setSourceMapsEnabled(true);
    await import(pathToFileURL(path.join(outDir, manifest.entry)).href);
  } else await runSources();
}

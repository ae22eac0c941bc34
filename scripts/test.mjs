#!/usr/bin/env node
// `npm test`: every test — unit, database (PGlite and PostgreSQL), process, then browser journeys —
// and one closing line `N passed, N failed` counting every test that ran.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const e2eOnly = process.argv.includes('--e2e-only');
// anything else on the command line (spec files, -t filters) goes to vitest, e.g. `npm run test:e2e -- e2e/report.spec.ts`
const passThrough = process.argv.slice(2).filter((a) => a !== '--e2e-only');
const outDir = path.resolve('.test-output');
fs.mkdirSync(outDir, { recursive: true });
const vitest = path.resolve('node_modules/vitest/vitest.mjs');

// the process tests and the browser journeys run `gorod`, which runs the compiled server: compile it now, once
// (bin/gorod.js would also do it, in whichever test came first)
const serverBuild = spawnSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
if (serverBuild.status !== 0) {
  process.stderr.write('Compiling the server failed; no test can run it.\n');
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

const suites = [];
if (!e2eOnly) suites.push({ name: 'unit, database and process tests', args: [] });
if (fs.existsSync('vitest.e2e.config.ts')) {
  const build = spawnSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('Building the web app failed; browser journeys cannot run.\n');
    process.stdout.write('0 passed, 1 failed\n');
    process.exit(1);
  }
  suites.push({ name: 'browser journeys', args: ['--config', 'vitest.e2e.config.ts'] });
}

let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;
for (const suite of suites) {
  process.stderr.write(`\n=== ${suite.name} ===\n`);
  const report = path.join(outDir, `${suite.args.length ? 'e2e' : 'main'}-results.json`);
  fs.rmSync(report, { force: true });
  const res = spawnSync(
    process.execPath,
    [vitest, 'run', ...suite.args, ...passThrough, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit' },
  );
  if (res.status !== 0) exitCode = 1;
  if (!fs.existsSync(report)) {
    process.stderr.write(`${suite.name}: the runner produced no report (exit ${res.status}).\n`);
    failed += 1;
    continue;
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  // a file that failed to load has no tests but must still count as a failure
  const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += brokenFiles;
}
if (failed > 0) exitCode = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(exitCode);

#!/usr/bin/env node
// `npm test`: every test — unit, database (PGlite and PostgreSQL) and process tests, and beside them the browser journeys —
// and one closing line `N passed, N failed` counting every test that ran.
import { spawn, spawnSync } from 'node:child_process';
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
if (!e2eOnly) suites.push({ name: 'unit, database and process tests', file: 'main', args: [] });
if (fs.existsSync('vitest.e2e.config.ts')) {
  const build = spawnSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('Building the web app failed; browser journeys cannot run.\n');
    process.stdout.write('0 passed, 1 failed\n');
    process.exit(1);
  }
  suites.push({ name: 'browser journeys', file: 'e2e', args: ['--config', 'vitest.e2e.config.ts'] });
}

/**
 * Runs one suite's vitest. The first suite writes to this terminal as it goes; the others (run at the same time) write
 * to a log under .test-output that is printed whole when they end, so the two outputs never interleave.
 */
function runSuite(suite, live) {
  const report = path.join(outDir, `${suite.file}-results.json`);
  fs.rmSync(report, { force: true });
  const args = [vitest, 'run', ...suite.args, ...passThrough, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  // a filter on the command line (a spec file, -t) may match nothing in the other suite: that is not a failure
  if (passThrough.length) args.push('--passWithNoTests');
  const logFile = path.join(outDir, `${suite.file}-output.log`);
  const log = live ? null : fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { stdio: live ? 'inherit' : ['ignore', log, log] });
  return new Promise((resolve) => {
    child.on('close', (status) => {
      if (log !== null) {
        fs.closeSync(log);
        process.stderr.write(`\n=== ${suite.name} (output kept in ${path.relative(process.cwd(), logFile)}) ===\n`);
        process.stderr.write(fs.readFileSync(logFile));
      }
      resolve({ suite, status, report });
    });
  });
}

if (suites.length > 1) {
  process.stderr.write(
    `\n=== ${suites[0].name}, with the ${suites
      .slice(1)
      .map((s) => s.name)
      .join(', ')} running at the same time (their output follows when they end) ===\n`,
  );
} else {
  process.stderr.write(`\n=== ${suites[0].name} ===\n`);
}
// side by side: the browser journeys mostly wait on the server and the browser, the database tests on their databases,
// so together they keep two cores busy where one after the other each left them half idle
const results = await Promise.all(suites.map((suite, i) => runSuite(suite, i === 0)));

let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;
for (const { suite, status, report } of results) {
  if (status !== 0) exitCode = 1;
  if (!fs.existsSync(report)) {
    process.stderr.write(`${suite.name}: the runner produced no report (exit ${status}).\n`);
    failed += 1;
    continue;
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  // a file that failed outside its tests (it did not load, or a beforeAll threw and its tests were skipped) has no
  // failed test but must still count as a failure
  const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
  failed += brokenFiles;
  // the runner failed yet no file or test did (an unhandled error, a global setup that threw)
  if (status !== 0 && json.numFailedTests + brokenFiles === 0) {
    process.stderr.write(`${suite.name}: the runner failed outside any test (exit ${status}); see its output above.\n`);
    failed += 1;
  }
}
if (failed > 0) exitCode = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(exitCode);

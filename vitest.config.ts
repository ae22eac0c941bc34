import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { findPostgresBinaries } from './test/postgres-server.js';

const dbTests = ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'];
const pgBin = findPostgresBinaries();
if (!pgBin) {
  process.stderr.write(
    '\n*** NO POSTGRESQL SERVER BINARIES FOUND (looked in /usr/lib/postgresql/*/bin, pg_config --bindir, $PG_BINDIR). ***\n' +
      '*** Database tests run on PGlite ONLY. Install postgresql (Debian: apt-get install postgresql) to test the server backend. ***\n\n',
  );
}

// A worker runs its files one after another in one module graph instead of importing the whole app again for each
// (2.1–2.5 s of CPU per database test file, 0.3 s per unit file, measured on 2 cores). Safe because nothing a file
// leaves behind in a module decides another's result: each file has its own database, app and DATA_DIR; the process-wide
// state is keyed by database or config (caches) or re-applied by every app it built (the city's identity, read when it
// is ready); the message catalogue only grows, and a key defined twice with two texts throws. No test mocks a module.
const shared = { isolate: false } as const;

export default defineConfig({
  test: {
    reporters: ['default'],
    // Vitest's default is one worker fewer than the cores: on CI's 2 cores, ONE file at a time, while most
    // files wait on a database server or a child process half the time. A worker per core keeps both busy
    // (each worker has its own PGlite and its own PostgreSQL database, so files never share data).
    maxWorkers: Math.max(2, os.availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      // A pure test takes milliseconds. Measured on a 2-core machine under the load of a whole run (load average 13), the
      // slowest take 1.5–2.3 s (the equal-shares rule on real Pabulib files, the timezone sweep of the digest schedule,
      // the route table): 5 s leaves twice that, and a test stuck on I/O fails in 5 s instead of 30.
      {
        // web unit tests import the server's pure rules as the web app does (web/vite.config.ts)
        resolve: { alias: { '@server': fileURLToPath(new URL('./src', import.meta.url)) } },
        test: {
          name: 'unit',
          ...shared,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: [...dbTests, '**/*.process.test.ts'],
          testTimeout: 5_000,
        },
      },
      { test: { name: 'pglite', ...shared, include: dbTests, globalSetup: ['test/setup-pglite.ts'], testTimeout: 30_000, hookTimeout: 120_000 } },
      ...(pgBin
        ? [{ test: { name: 'postgres', ...shared, include: dbTests, globalSetup: ['test/setup-postgres.ts'], testTimeout: 30_000, hookTimeout: 120_000 } }]
        : []),
      { test: { name: 'process', include: ['test/**/*.process.test.ts'], testTimeout: 90_000, hookTimeout: 120_000 } },
    ],
  },
});

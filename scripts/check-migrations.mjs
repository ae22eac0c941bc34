#!/usr/bin/env node
// Fails when the schema files describe tables the committed migrations do not create:
// drizzle-kit generates into a scratch copy of migrations/ and must find nothing to add.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

// drizzle-kit takes `out` relative to the project, so the scratch copy lives here (gitignored)
const scratch = '.migrations-check';
fs.rmSync(scratch, { recursive: true, force: true });
try {
  fs.cpSync('migrations', scratch, { recursive: true });
  const before = fs.readdirSync(scratch).length;
  const res = spawnSync(process.execPath, ['node_modules/drizzle-kit/bin.cjs', 'generate', '--config', 'drizzle.config.ts'], {
    env: { ...process.env, MIGRATIONS_OUT: scratch },
    encoding: 'utf8',
  });
  const output = res.stdout + res.stderr;
  const generated = fs.readdirSync(scratch).length !== before;
  if (res.status !== 0 || (!generated && !/No schema changes/i.test(output))) {
    process.stderr.write(`drizzle-kit could not compare the schema with migrations/:\n${output}`);
    process.exit(1);
  }
  if (generated) {
    process.stderr.write('migrations/ is stale: the schema changed. Run `npm run db:generate` and commit the new migration.\n');
    process.exit(1);
  }
  process.stderr.write('migrations/ matches the schema.\n');
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

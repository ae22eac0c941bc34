#!/usr/bin/env node
// Fails when the schema files describe tables the committed migrations do not create:
// drizzle-kit generates into a scratch copy of migrations/ and must find nothing to add.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-migrations-'));
try {
  fs.cpSync('migrations', scratch, { recursive: true });
  const before = fs.readdirSync(scratch).length;
  const res = spawnSync(process.execPath, ['node_modules/drizzle-kit/bin.cjs', 'generate', '--config', 'drizzle.config.ts'], {
    env: { ...process.env, MIGRATIONS_OUT: scratch },
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    process.stderr.write(res.stdout + res.stderr);
    process.exit(1);
  }
  if (fs.readdirSync(scratch).length !== before) {
    process.stderr.write('migrations/ is stale: the schema changed. Run `npm run db:generate` and commit the new migration.\n');
    process.exit(1);
  }
  process.stderr.write('migrations/ matches the schema.\n');
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

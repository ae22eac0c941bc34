import { defineConfig } from 'drizzle-kit';

// One migration stream for the whole app: every core and module schema file feeds it.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/core/**/schema.ts', './src/modules/*/db/schema.ts'],
  // the freshness check generates into a scratch copy (scripts/check-migrations.mjs)
  out: process.env.MIGRATIONS_OUT ?? './migrations',
});

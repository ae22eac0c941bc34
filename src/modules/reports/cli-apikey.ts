import type { CliCommand } from '../../core/module/module.js';
import type { ApiKeyRow } from './use-cases/open311/api-keys.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const useCases = () => import('./use-cases/open311/api-keys.js');

const shown = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
});

/**
 * `gorod apikey create --name N` (prints the new key alone on the last line of stdout, so a script
 * can take it with `tail -n 1`), `gorod apikey list` (JSON lines), `gorod apikey revoke <id>`.
 * The operator at the CLI holds the database, so no role is asked; each act is audited.
 */
export const apiKeyCli: CliCommand[] = [
  {
    name: 'apikey create',
    description: 'Create an Open311 API key for a client; the key is printed once (only its hash is stored)',
    options: [{ flags: '--name <name>', description: 'who the key is for, e.g. "FixMyStreet bridge"', required: true }],
    async run(ctx, _args, opts, progress) {
      const { createApiKey } = await useCases();
      const { row, key } = await createApiKey(ctx, 'operator', String(opts.name ?? ''));
      progress(`Created API key "${row.name}" (id ${row.id}). Keep it now: it is not shown again.`);
      process.stdout.write(`${key}\n`);
    },
  },
  {
    name: 'apikey list',
    description: 'List Open311 API keys (one JSON object a line; never the keys themselves)',
    async run(ctx, _args, _opts, progress) {
      const { listApiKeys } = await useCases();
      const rows = await listApiKeys(ctx, 'operator');
      for (const k of rows) process.stdout.write(`${JSON.stringify(shown(k))}\n`);
      progress(`${rows.length} key(s), ${rows.filter((k) => !k.revokedAt).length} active.`);
    },
  },
  {
    name: 'apikey revoke <id>',
    description: 'Revoke an Open311 API key by its id (its client is refused from then on)',
    async run(ctx, args, _opts, progress) {
      const { revokeApiKey } = await useCases();
      const row = await revokeApiKey(ctx, 'operator', args[0] ?? '');
      progress(`Revoked API key "${row.name}" (${row.prefix}…).`);
      process.stdout.write(`${JSON.stringify(shown(row))}\n`);
    },
  },
];

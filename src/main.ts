import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { moduleCommands } from './commands.js';
import type { Config } from './config.js';
import type { Database } from './core/db/client.js';
import { fromRoot } from './core/paths.js';
import { version } from './core/version.js';

// Only the command line itself is imported up front: each command imports what it runs when it runs
// (`gorod --help` and `gorod pb compute` never load the server, the database drivers or the modules'
// use cases). Compiled with esbuild (scripts/build-server.mjs), every `await import()` below is a chunk.
const configModule = () => import('./config.js');
const runtime = () => import('./runtime.js');
const allModules = async () => (await import('./modules.js')).modules;

/** Progress and notices go to stderr; stdout stays for machine-readable output. */
const note = (msg: string) => process.stderr.write(`${msg}\n`);

/** Opens the database for a command, explaining plainly when a server holds the folder. */
async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const { migrate, openConfiguredDatabase } = await runtime();
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrate(database.db);
    if (applied.length) note(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function serve(): Promise<void> {
  const [{ loadConfig }, { migrate, openConfiguredDatabase, seedIfEmpty, indexSitePages }, { buildApp }, modules] = await Promise.all([
    configModule(),
    runtime(),
    import('./app.js'),
    allModules(),
  ]);
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  let stopping = false;
  try {
    const applied = await migrate(database.db);
    if (applied.length) note(`Applied ${applied.length} migration(s).`);
    const { app, ctx } = await buildApp(config, database, modules);
    // a PostgreSQL restart or failover drops every connection at once: said once per 10 s (each request it fails
    // is logged with its 503); the server goes on and opens new connections when the database answers again
    let lossLoggedAt = 0;
    database.onConnectionLost?.((err) => {
      if (Date.now() - lossLoggedAt < 10_000) return;
      lossLoggedAt = Date.now();
      app.log.warn({ err }, 'lost connections to the database; requests answer 503 until it is back');
    });
    if (config.seedDemo) {
      if (await seedIfEmpty(ctx, modules, note)) note('Demo city ready.');
    }
    // the site's own pages come with the code, not with an event: this version's are found from its first start
    await indexSitePages(database.db, modules);
    // delivery passes every 30 s pick up retries and mail queued by other processes
    const mailTimer = setInterval(() => void ctx.mailer.flush(), 30_000);
    mailTimer.unref();
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      app.log.info({ signal }, 'shutting down: finishing requests in flight');
      const force = setTimeout(() => {
        note('Shutdown took longer than 20 s; exiting.');
        process.exit(1);
      }, 20_000);
      force.unref();
      try {
        clearInterval(mailTimer);
        await app.close();
        for (const m of modules) await m.stop?.(ctx);
        await database.close();
        app.log.info('stopped cleanly');
      } finally {
        process.exit(0);
      }
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
    try {
      await app.listen({ host: config.host, port: config.port });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new StartupError(`Port ${config.port} on ${config.host} is already in use. Stop what uses it or set PORT.`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new StartupError(`Cannot listen on HOST=${config.host}: no such address on this machine.`);
      if (code === 'EACCES') throw new StartupError(`Not allowed to listen on port ${config.port}; use a port above 1023 or run with the right privileges.`);
      throw err;
    }
    for (const m of modules) await m.start?.(ctx);
    // the audit log's head signed now (the key made at the first start, unless AUDIT_SIGNING_KEY): a new city has a
    // checkpoint at once, and one whose log grew while no server ran has it pinned before anything else happens
    await (await import('./core/audit/checkpoint-triggers.js')).publishNow(ctx, 'start', { onlyIfMoved: true });
    // due jobs run now (including those that fell due while no server ran), then every 5 s
    await ctx.jobs.start(5_000);
    void ctx.mailer.flush();
    note(
      `Gorod ${version} serves ${config.publicUrl} (database: ${database.kind}${database.kind === 'pglite' ? ` in ${path.join(config.dataDir, 'db')}` : ''}; mail: ${ctx.mailer.mode === 'smtp' ? 'SMTP' : `files in ${path.join(config.dataDir, 'mail')}`}).`,
    );
  } catch (err) {
    await database.close().catch(() => undefined);
    throw err;
  }
}

class StartupError extends Error {}

const program = new Command();
program
  .name('gorod')
  .description('Gorod — the city participation platform. Configuration comes from environment variables (see `gorod config`).')
  .version(version);

program.command('serve').description('Migrate, seed the demo city into an empty database (unless SEED_DEMO=0), and serve HTTP on HOST:PORT').action(serve);

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(async () => {
    const { loadConfig } = await configModule();
    await withDatabase(loadConfig(), async () => note('Database is up to date.'));
  });

program
  .command('seed')
  .description('Fill the demo city (St Petersburg): districts, departments, an administrator, residents. Safe to run again.')
  .action(async () => {
    const [{ loadConfig }, { commandContext, seedDemo }, { loadMessages }, modules] = await Promise.all([
      configModule(),
      runtime(),
      import('./app.js'),
      allModules(),
    ]);
    const config = loadConfig();
    loadMessages(modules);
    await withDatabase(config, async (database) => seedDemo(commandContext(config, database, modules), modules, note));
  });

const admin = program.command('admin').description('Administrators');
admin
  .command('create')
  .description('Create a city administrator (or make an existing account one)')
  .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
  .requiredOption('--password <password>', 'password for a new account: at least 10 characters, not a common one')
  .option('--name <name>', 'display name')
  .action(async (opts: { email: string; password: string; name?: string }) => {
    const [{ loadConfig }, { commandContext }, { loadMessages }, modules, { createAdministrator }] = await Promise.all([
      configModule(),
      runtime(),
      import('./app.js'),
      allModules(),
      import('./modules/accounts/index.js'),
    ]);
    const config = loadConfig();
    loadMessages(modules);
    await withDatabase(config, async (database) => {
      const res = await createAdministrator(commandContext(config, database, modules), { email: opts.email, password: opts.password, displayName: opts.name });
      note(res.created ? `Created administrator ${opts.email}.` : `${opts.email} already had an account; it is now a city administrator.`);
      process.stdout.write(`${JSON.stringify(res)}\n`);
    });
  });

program
  .command('dump')
  .argument('<file>', 'the dump to write (gzip-compressed JSON lines), or - for standard output')
  .description(
    'Write the whole database (every table, uploaded files, the audit log, the migration state) to one portable file; from PGlite (server stopped) or PostgreSQL (consistent while it serves)',
  )
  .action(async (file: string) => {
    const [{ loadConfig }, { openConfiguredDatabase }, { dumpToFile }] = await Promise.all([configModule(), runtime(), import('./core/db/dump.js')]);
    const database = await openConfiguredDatabase(loadConfig());
    try {
      const res = await dumpToFile(database, file, note);
      const rows = Object.values(res.tables).reduce((a, b) => a + b, 0);
      note(`Dumped ${Object.keys(res.tables).length} tables, ${rows} rows at migration ${res.migration}${file === '-' ? '' : ` to ${file}`}.`);
    } finally {
      await database.close();
    }
  });

program
  .command('restore')
  .argument('<file>', 'a dump made by `gorod dump`, or - for standard input')
  .description(
    "Load a dump into an EMPTY database (PGlite under DATA_DIR or DATABASE_URL): migrates to the dump's version, loads every table in one transaction, resets sequences, checks row counts and the audit chain",
  )
  .action(async (file: string) => {
    const [{ loadConfig }, { openConfiguredDatabase }, { restoreFromFile }, { verifyAuditChain }] = await Promise.all([
      configModule(),
      runtime(),
      import('./core/db/dump.js'),
      import('./core/audit/audit.js'),
    ]);
    const database = await openConfiguredDatabase(loadConfig());
    try {
      const res = await restoreFromFile(database, file, note);
      const auditLog = await verifyAuditChain(database.db);
      const width = Math.max(...Object.keys(res.tables).map((n) => n.length));
      note('Rows per table (checked against the dump):');
      for (const [name, n] of Object.entries(res.tables)) note(`  ${name.padEnd(width)} ${String(n).padStart(8)}`);
      if (auditLog.ok) note(`Restored. Audit log intact: ${auditLog.entries} entries, head ${auditLog.head}.`);
      else {
        note(`Restored, but the audit log is BROKEN at entry ${auditLog.brokenAt}: ${auditLog.problem} (it was so in the dump).`);
        process.exitCode = 1;
      }
      process.stdout.write(`${JSON.stringify({ ...res, audit: auditLog })}\n`);
    } finally {
      await database.close();
    }
  });

const audit = program.command('audit').description('The hash-chained audit log');
audit
  .command('verify')
  .description(
    "Check every link of the audit chain; exit code 1 and the first broken entry if it was tampered with. With --checkpoints: also check every published checkpoint's signature and that the log still holds each signed head (a rewritten history or a cut tail names the checkpoint)",
  )
  .option('--checkpoints <file-or-url>', 'Signed checkpoints as published (`/api/audit/checkpoints.jsonl`, a mirror of it, or a JSON array)')
  .option(
    '--public-key <file-url-or-base64>',
    "A public key the checkpoints may be signed with (PEM, 32 bytes in base64, or `/api/audit/public-key`); repeat it for a rotated key. Default: this installation's key",
    (value: string, previous: string[] = []) => [...previous, value],
  )
  .action(async (opts: { checkpoints?: string; publicKey?: string[] }) => {
    const [{ loadConfig }, { verifyAuditChain }, checkpoints] = await Promise.all([
      configModule(),
      import('./core/audit/audit.js'),
      import('./core/audit/checkpoints.js'),
    ]);
    const config = loadConfig();
    /** A file's text, or a URL's body (a watcher's mirror or the site itself). */
    const read = async (source: string) => {
      if (!/^https?:\/\//.test(source)) return fs.readFileSync(source, 'utf8');
      const res = await fetch(source);
      if (!res.ok) throw new StartupError(`${source} answered ${res.status}`);
      return res.text();
    };
    let published: Awaited<ReturnType<typeof checkpoints.parseCheckpoints>> | null = null;
    let keys: Awaited<ReturnType<typeof checkpoints.parsePublicKey>>[] = [];
    if (opts.checkpoints) {
      const text = await read(opts.checkpoints);
      try {
        published = checkpoints.parseCheckpoints(text);
      } catch {
        throw new StartupError(`${opts.checkpoints} is not a list of checkpoints (JSON Lines, a JSON array, or a page of /api/audit/checkpoints).`);
      }
      if (opts.publicKey?.length) {
        keys = await Promise.all(
          opts.publicKey.map(async (k) => {
            const text = /^[A-Za-z0-9+/=]{43,44}$/.test(k) ? k : await read(k);
            try {
              return checkpoints.parsePublicKey(text);
            } catch {
              throw new StartupError(`${k} is not an Ed25519 public key (PEM, 32 bytes in base64, or the JSON of /api/audit/public-key).`);
            }
          }),
        );
      } else {
        const own = checkpoints.installationKey(config, false);
        if (!own)
          throw new StartupError(
            `No signing key here (AUDIT_SIGNING_KEY or ${path.join(config.dataDir, checkpoints.signingKeyFile)}): give the installation's public key with --public-key.`,
          );
        keys = [own];
      }
      note(`Checking ${published.length} checkpoint(s) signed by key ${keys.map((k) => k.keyId).join(' or ')}.`);
    }
    await withDatabase(config, async (database) => {
      const progress = (n: number) => process.stderr.write(`\rchecked ${n} entries`);
      const result = published ? await checkpoints.verifyCheckpoints(database.db, published, keys, progress) : await verifyAuditChain(database.db, progress);
      process.stderr.write('\n');
      process.stdout.write(`${JSON.stringify(result)}\n`);
      const vouched = 'checkpoints' in result ? ` and every one of ${result.checkpoints} signed checkpoint(s) is in it` : '';
      if (result.ok) note(`Audit log intact: ${result.entries} entries, head ${result.head}${vouched}.`);
      else {
        note(`Audit log BROKEN${'brokenAt' in result && result.brokenAt ? ` at entry ${result.brokenAt}` : ''}: ${result.problem}.`);
        process.exitCode = 1;
      }
    });
  });

const search = program.command('search').description('The city-wide search index');
search
  .command('reindex')
  .description('Rebuild the search index from every module (progress on stderr; the documents per kind as JSON on stdout)')
  .action(async () => {
    const [{ loadConfig }, { reindexSearch }, { searchKindsOf }, modules] = await Promise.all([
      configModule(),
      import('./core/search/refresh.js'),
      import('./core/search/site-pages.js'),
      allModules(),
    ]);
    await withDatabase(loadConfig(), async (database) => {
      const counts = await reindexSearch(database.db, searchKindsOf(modules), (message) => process.stderr.write(`${message}\n`));
      process.stdout.write(`${JSON.stringify(counts)}\n`);
    });
  });

// commands the modules add (`gorod classifier import FILE`, `gorod apikey create --name N`, …);
// a command of several words becomes a group with subcommands
const groups = new Map<string, Command>();
for (const c of moduleCommands) {
  const [first, ...rest] = c.name.split(' ');
  let parent = program;
  let spec = c.name;
  if (rest.length && !rest[0]!.startsWith('<') && !rest[0]!.startsWith('[')) {
    let group = groups.get(first!);
    if (!group) {
      group = program.command(first!).description(`${first} commands`);
      groups.set(first!, group);
    }
    parent = group;
    spec = rest.join(' ');
  }
  const cmd = parent.command(spec).description(c.description);
  for (const o of c.options ?? []) {
    if (o.required) cmd.requiredOption(o.flags, o.description);
    else cmd.option(o.flags, o.description);
  }
  cmd.action(async (...received: unknown[]) => {
    // commander passes the positional arguments, then the options object, then the command; an optional
    // argument not given (`[file]`) is left out rather than passed as the text "undefined"
    const args = received
      .slice(0, -2)
      .filter((a) => a !== undefined)
      .map(String);
    const opts = received.at(-2) as Record<string, string | boolean | undefined>;
    // a command that needs no database loads only its own code (its errors get their texts on the way out)
    if (c.offline) {
      await c.offline(args, opts, note);
      return;
    }
    if (!c.run) throw new Error(`The command ${c.name} has nothing to run`);
    const run = c.run;
    const [{ loadConfig }, { commandContext }, { loadMessages }, modules, { loadIdentity }] = await Promise.all([
      configModule(),
      runtime(),
      import('./app.js'),
      allModules(),
      import('./modules/city/index.js'),
    ]);
    loadMessages(modules);
    const config = loadConfig();
    await withDatabase(config, async (database) => {
      const ctx = commandContext(config, database, modules);
      // the city's stored time zone and name, as the server runs with them
      await loadIdentity(ctx);
      await run(ctx, args, opts, note);
      await ctx.jobs.runDue();
      await ctx.mailer.flush();
    });
  });
}

program
  .command('openapi')
  .description('Write the OpenAPI document to docs/openapi.json (or check it is current with --check)')
  .addOption(new Option('--check', 'fail if docs/openapi.json differs from the routes'))
  .action(async (opts: { check?: boolean }) => {
    const { openapiDocument } = await import('./openapi.js');
    const text = await openapiDocument();
    const file = fromRoot('docs', 'openapi.json');
    if (opts.check) {
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (current !== text) {
        note('docs/openapi.json is stale: run `npx gorod openapi` and commit it.');
        process.exitCode = 1;
      } else note('docs/openapi.json is current.');
    } else {
      fs.writeFileSync(file, text);
      note('Wrote docs/openapi.json');
    }
  });

program
  .command('config')
  .description('List the configuration variables')
  .option('--markdown', 'as the Markdown table in the README')
  .action(async (opts: { markdown?: boolean }) => {
    const { configTableMarkdown, configVariables } = await configModule();
    if (opts.markdown) process.stdout.write(`${configTableMarkdown()}\n`);
    else for (const v of configVariables) process.stdout.write(`${v.name.padEnd(20)} default ${v.default}\n    ${v.description}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // the failures an operator acts on print their message alone; their classes are loaded only now, as a
  // command that never touched the database cannot have thrown a database error
  const [{ ConfigError }, { DataDirLockedError }, { DatabaseOpenError }, { DumpError }, { AppError }] = await Promise.all([
    configModule(),
    import('./core/db/lock.js'),
    import('./core/db/client.js'),
    import('./core/db/dump.js'),
    import('./core/http/errors.js'),
  ]);
  if (
    err instanceof ConfigError ||
    err instanceof DataDirLockedError ||
    err instanceof DatabaseOpenError ||
    err instanceof DumpError ||
    err instanceof StartupError
  ) {
    note(err.message);
    process.exit(err instanceof DataDirLockedError ? 3 : 2);
  }
  if (err instanceof AppError) {
    const [{ loadMessages }, { t }, modules] = await Promise.all([import('./app.js'), import('./core/i18n/i18n.js'), allModules()]);
    loadMessages(modules);
    note(
      t('en', `error.${err.code}`, {
        ...err.params,
        details: String(
          err.params.details ??
            Object.keys(err.fields)
              .map((f) => `${f}: ${t('en', err.fields[f]!.key, { ...err.fields[f]!.params, field: f })}`)
              .join('; '),
        ),
      }),
    );
    process.exit(2);
  }
  throw err;
}

import { buildApp, type BuiltApp } from './app.js';
import { loadConfig } from './config.js';
import type { Database } from './core/db/client.js';
import { modules } from './modules.js';

/**
 * The whole app with a database that refuses every query: building the routes (and answering what needs no data,
 * such as a 401 from a route's policy) touches no database. For the OpenAPI document and the route listing test.
 */
export async function appWithoutDatabase(): Promise<BuiltApp> {
  const refuse = () => {
    throw new Error('This app has no database');
  };
  const noDatabase = { kind: 'pglite', db: new Proxy({}, { get: refuse }), close: async () => undefined } as unknown as Database;
  const built = await buildApp(loadConfig({ DATA_DIR: '.', LOG_LEVEL: 'silent' }), noDatabase, modules, { logger: false });
  await built.app.ready();
  return built;
}

/** The OpenAPI document generated from the route schemas, as committed in docs/openapi.json. */
export async function openapiDocument(): Promise<string> {
  const { app } = await appWithoutDatabase();
  const doc = app.swagger();
  await app.close();
  // named schemas in alphabetical order: the order zod met them depends on the order modules were evaluated,
  // which differs between the sources run through tsx and the compiled server (dist/server's chunks)
  const components = (doc as { components?: { schemas?: Record<string, unknown> } }).components;
  if (components?.schemas) components.schemas = Object.fromEntries(Object.entries(components.schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(doc, null, 2)}\n`;
}

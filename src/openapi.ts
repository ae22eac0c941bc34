import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import type { Database } from './core/db/client.js';
import { modules } from './modules.js';

/**
 * The OpenAPI document generated from the route schemas, as committed in docs/openapi.json.
 * Building the routes touches no database, so this one refuses any query.
 */
export async function openapiDocument(): Promise<string> {
  const refuse = () => {
    throw new Error('OpenAPI generation does not use the database');
  };
  const noDatabase = { kind: 'pglite', db: new Proxy({}, { get: refuse }), close: async () => undefined } as unknown as Database;
  const { app } = await buildApp(loadConfig({ DATA_DIR: '.' }), noDatabase, modules, { logger: false });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return `${JSON.stringify(doc, null, 2)}\n`;
}

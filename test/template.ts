import { loadConfig } from '../src/config.js';
import type { Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { createContext } from '../src/context.js';
import { cityModule } from '../src/modules/city/index.js';
import { seedClassifier } from '../src/modules/reports/use-cases/classifier/seed-classifier.js';
import pino from 'pino';

/**
 * Brings a fresh database to what every DB test starts from: migrated, with the demo city's
 * districts, departments and working-day calendar, and the reports classifier with its routing
 * rules, rejection reasons and answer templates.
 */
export async function prepareTemplate(database: Database): Promise<void> {
  await migrate(database.db);
  const config = loadConfig({ DATA_DIR: '.' });
  const ctx = createContext(config, database, [cityModule], pino({ level: 'silent' }));
  await cityModule.seedDemo!(ctx, () => undefined);
  await seedClassifier(ctx, () => undefined);
}

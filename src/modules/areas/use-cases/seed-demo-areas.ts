import { sql } from 'drizzle-orm';
import { queryRows } from '../../../core/db/client.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { countPlaces, insertPlace, upsertPlaceAlert } from '../db/queries.js';
import { districtOfPoint } from './saved-places.js';

/** The demo resident's home by Sennaya Square (Admiralteysky district): her profile shows it, with alerts within 1 km. */
const demoHome = { email: 'anna.petrova@gorod.demo', address: 'Садовая ул., 38', lat: 59.9268, lon: 30.3167 };

/** Idempotent: a resident who already has saved places keeps them as they are. */
export async function seedDemoAreas(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const [user] = await queryRows<{ id: string }>(db, sql`select id from users where email = ${demoHome.email}`);
  if (!user || (await countPlaces(db, user.id)) > 0) return;
  const districtId = await districtOfPoint(db, demoHome.lat, demoHome.lon);
  await db.transaction(async (tx) => {
    const home = await insertPlace(tx, {
      userId: user.id,
      label: 'home',
      name: '',
      address: demoHome.address,
      lat: demoHome.lat,
      lon: demoHome.lon,
      districtId,
    });
    await upsertPlaceAlert(tx, home, 1000, ['reports', 'answers', 'works', 'events']);
  });
  progress(`  areas: ${demoHome.email} saved her home with alerts within 1 km`);
}

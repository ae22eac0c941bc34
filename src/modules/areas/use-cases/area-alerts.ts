import { inArray } from 'drizzle-orm';
import { districts } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { t, type Language } from '../../../core/i18n/i18n.js';
import { listen, type Listener } from '../../../core/jobs/events.js';
import type { AreaAlertSource, AreaSpot, AreaTopic } from '../../../core/module/area.js';
import type { GorodModule, ModuleContext } from '../../../core/module/module.js';
import { notify, type Notice } from '../../notifications/index.js';
import { areaSubscribers, type AreaSubscriber } from '../db/queries.js';
import { alertBatchSize } from '../domain/areas.js';

/** The notification kind of every area alert; its sentence depends on the topic. */
export const areaNewsKind = 'area.news';

/**
 * One listener per module alert source: when its event is news somewhere (`locate` finds a spot the public may see),
 * everyone subscribed to that topic whose circle contains the spot, or who follows its district, is told once — the
 * notification centre's one row per person per event keeps a retried job (or a person who also follows the thing)
 * from hearing twice, and never the person who acted. Hidden, held and draft things alert nobody.
 */
export function areaAlertListeners(modules: readonly GorodModule[]): Listener<ModuleContext>[] {
  return modules.flatMap((m) =>
    (m.area ?? []).flatMap((kind) =>
      (kind.alerts ?? []).map((source, i) =>
        listen(
          source.event,
          async (event, ctx: ModuleContext) => void (await alertArea(ctx, source, event)),
          `area:${m.name}:${kind.kind}:${source.topic}:${i}`,
        ),
      ),
    ),
  );
}

/** Tells the area's subscribers of one event; returns how many were newly told. */
export async function alertArea(ctx: ModuleContext, source: AreaAlertSource, event: Parameters<AreaAlertSource['locate']>[1]): Promise<number> {
  const db = ctx.database.db;
  const spot = await source.locate(db, event);
  if (!spot?.visible) return 0;
  const subscribers = await areaSubscribers(db, { lat: spot.lat, lon: spot.lon, districtId: spot.districtId, topic: source.topic });
  if (!subscribers.length) return 0;
  const districtNames = await namesOf(db, subscribers);
  let told = 0;
  await db.transaction(async (tx) => {
    for (let i = 0; i < subscribers.length; i += alertBatchSize) {
      told += await notify(tx, ctx, event, notices(subscribers.slice(i, i + alertBatchSize), spot, source.topic, districtNames));
    }
  });
  if (told) void ctx.mailer.flush();
  return told;
}

async function namesOf(db: Executor, subscribers: AreaSubscriber[]) {
  const ids = [...new Set(subscribers.map((s) => s.districtId).filter((d): d is string => d !== null))];
  if (!ids.length) return new Map<string, { nameRu: string; nameEn: string }>();
  const rows = await db.select({ id: districts.id, nameRu: districts.nameRu, nameEn: districts.nameEn }).from(districts).where(inArray(districts.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** One notice per way of being near (home, work, a named place, a district): what the alert's sentence says after "near". */
function notices(batch: AreaSubscriber[], spot: AreaSpot, topic: AreaTopic, districtNames: Map<string, { nameRu: string; nameEn: string }>): Notice[] {
  const groups = new Map<string, Notice & { to: string[] }>();
  for (const s of batch) {
    // the words are stored in both languages, so the notification reads without further queries
    const district = s.districtId ? districtNames.get(s.districtId) : undefined;
    const key = s.label ? `${s.label}:${s.name ?? ''}` : `district:${s.districtId ?? ''}`;
    const whereIn = (lang: Language) =>
      s.label
        ? t(lang, s.label === 'other' && s.name ? 'area.where.named' : `area.where.${s.label}`, { name: s.name ?? '' })
        : t(lang, 'area.where.district', { name: (lang === 'en' ? district?.nameEn : district?.nameRu) ?? '' });
    const where = { where: whereIn('ru'), whereEn: whereIn('en') };
    let notice = groups.get(key);
    if (!notice) {
      const data = { title: spot.title, ...(spot.titleEn ? { titleEn: spot.titleEn } : {}), path: spot.path, topic, ...where };
      notice = { to: [], kind: areaNewsKind, data, about: { entityType: spot.entityType, entityId: spot.entityId } };
      groups.set(key, notice);
    }
    notice.to.push(s.userId);
  }
  return [...groups.values()];
}

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { districts } from '../city/schema.js';
import type { App, GorodModule, ModuleContext } from '../module/module.js';
import type { ThisWeekItem, ThisWeekViewer } from '../module/this-week.js';

const thisWeekItemSchema = z
  .object({
    kind: z.string(),
    type: z.string().nullable(),
    id: z.string(),
    title: z.string(),
    context: z.string().nullable(),
    path: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    districtId: z.string().nullable(),
    address: z.string().nullable(),
    online: z.boolean(),
    /** Null: no limit; 0: full (newcomers join the waitlist). */
    freePlaces: z.number().int().nullable(),
    waiting: z.number().int(),
    thumbUrl: z.string().nullable(),
    /** In the viewer's district. */
    near: z.boolean(),
  })
  .meta({ id: 'ThisWeekItem' });

const homeThisWeekSchema = z
  .object({
    /** The district "near me" was read for (null: none chosen, none in the profile or the verification, or an unknown one asked for). */
    districtId: z.string().nullable(),
    until: z.iso.datetime(),
    items: z.array(thisWeekItemSchema),
  })
  .meta({ id: 'HomeThisWeek' });

/** At most this many things on the home page; the events and volunteering pages list the rest. */
export const thisWeekLimit = 8;
const weekMs = 7 * 86_400_000;

/**
 * The home page's "this week near me": every module's part of the coming seven days, those in the viewer's district
 * first, then the rest of the city, each soonest first; at most `thisWeekLimit`.
 */
export async function homeThisWeek(ctx: ModuleContext, modules: GorodModule[], viewer: Omit<ThisWeekViewer, 'until' | 'limit'>) {
  const full: ThisWeekViewer = { ...viewer, until: new Date(viewer.now.getTime() + weekMs), limit: thisWeekLimit };
  const parts = await Promise.all(modules.map((m) => m.thisWeek?.(ctx, full) ?? []));
  const seen = new Set<string>();
  const items = parts.flat().filter((i) => {
    const key = `${i.kind}:${i.id}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const near = (i: ThisWeekItem) => viewer.districtId !== null && i.districtId === viewer.districtId;
  items.sort((a, b) => Number(near(b)) - Number(near(a)) || a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  return {
    districtId: viewer.districtId,
    until: full.until.toISOString(),
    items: items.slice(0, thisWeekLimit).map((i) => ({ ...i, startsAt: i.startsAt.toISOString(), endsAt: i.endsAt.toISOString(), near: near(i) })),
  };
}

/**
 * The district "near me" means: the one asked for (a visitor's choice), else the signed-in person's profile's, else
 * the one a module knows they live in (a verified address); null when none, or when the one asked for is unknown.
 */
export async function viewerDistrict(ctx: ModuleContext, modules: GorodModule[], actor: Actor, asked: string | undefined): Promise<string | null> {
  let id = asked ?? (actor.kind === 'user' ? actor.districtId : null);
  if (!id && asked === undefined && actor.kind === 'user') {
    for (const m of modules) {
      id = (await m.residentDistrict?.(ctx, actor.userId)) ?? null;
      if (id) break;
    }
  }
  if (!id) return null;
  const [known] = await ctx.database.db.select({ id: districts.id }).from(districts).where(eq(districts.id, id)).limit(1);
  return known?.id ?? null;
}

/** The home page's read of what residents may come to this week (public). */
export function thisWeekRoutes(app: App, ctx: ModuleContext, modules: GorodModule[]): void {
  // Who may call: anyone; the answer carries public facts only (a signed-in resident's district orders it).
  app.get(
    '/api/home/this-week',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['city'],
        summary: 'This week near me: events, meetings and volunteering shifts of the coming seven days',
        description:
          '`districtId` chooses the district "near me" (a visitor has no profile); without it a signed-in resident’s profile district, else their verified one. Those in the district come first, then the rest of the city, each soonest first. An unknown district reads as none.',
        querystring: z.object({ districtId: z.string().min(1).max(64).optional() }),
        response: { 200: homeThisWeekSchema },
      },
    },
    async (req) => {
      const districtId = await viewerDistrict(ctx, modules, req.actor, req.query.districtId);
      return homeThisWeek(ctx, modules, { actor: req.actor, lang: req.lang, districtId, now: new Date() });
    },
  );
}

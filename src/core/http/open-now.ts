import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { districts } from '../city/schema.js';
import type { App, GorodModule, ModuleContext } from '../module/module.js';
import type { OpenNowItem, OpenNowViewer } from '../module/open-now.js';

const openNowItemSchema = z
  .object({
    section: z.enum(['open', 'mine', 'near']),
    kind: z.string(),
    id: z.string(),
    title: z.string(),
    path: z.string(),
    districtIds: z.array(z.string()),
    endsAt: z.string().nullable(),
    done: z.boolean().nullable(),
    progress: z.object({ count: z.number().int(), goal: z.number().int() }).nullable(),
    status: z.string().nullable(),
    statusText: z.string().nullable(),
    overdue: z.boolean(),
    number: z.number().int().nullable(),
    address: z.string().nullable(),
    thumbUrl: z.string().nullable(),
    changedAt: z.string().nullable(),
  })
  .meta({ id: 'OpenNowItem' });

const homeOpenNowSchema = z
  .object({
    /** The district "near me" was read for (null: none chosen, none in the profile, or an unknown one asked for). */
    districtId: z.string().nullable(),
    open: z.array(openNowItemSchema),
    mine: z.array(openNowItemSchema),
    near: z.array(openNowItemSchema),
  })
  .meta({ id: 'HomeOpenNow' });

/** At most this many open things on the home page (the ones ending soonest); the pages of each list the rest. */
const openLimit = 12;

const time = (d: Date | null | undefined) => d?.getTime() ?? Number.POSITIVE_INFINITY;
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

function present(i: OpenNowItem) {
  return {
    section: i.section,
    kind: i.kind,
    id: i.id,
    title: i.title,
    path: i.path,
    districtIds: i.districtIds ?? [],
    endsAt: iso(i.endsAt),
    done: i.done ?? null,
    progress: i.progress ?? null,
    status: i.status ?? null,
    statusText: i.statusText ?? null,
    overdue: i.overdue ?? false,
    number: i.number ?? null,
    address: i.address ?? null,
    thumbUrl: i.thumbUrl ?? null,
    changedAt: iso(i.changedAt),
  };
}

/**
 * The home page's "open now" block: every module's part, gathered. Open things ending soonest first — leaving out,
 * once the viewer's district is known, those only other districts may take part in —; the viewer's own and their
 * district's newest first.
 */
export async function homeOpenNow(ctx: ModuleContext, modules: GorodModule[], viewer: OpenNowViewer) {
  const parts = await Promise.all(modules.map((m) => m.openNow?.(ctx, viewer) ?? []));
  const items = parts.flat();
  const mine = viewer.actor.kind === 'user';
  const elsewhere = (i: OpenNowItem) => viewer.districtId !== null && !!i.districtIds?.length && !i.districtIds.includes(viewer.districtId);
  const newest = (a: OpenNowItem, b: OpenNowItem) => time(b.changedAt) - time(a.changedAt);
  return {
    districtId: viewer.districtId,
    open: items
      .filter((i) => i.section === 'open' && !elsewhere(i))
      .sort((a, b) => time(a.endsAt) - time(b.endsAt))
      .slice(0, openLimit)
      .map(present),
    mine: mine
      ? items
          .filter((i) => i.section === 'mine')
          .sort(newest)
          .map(present)
      : [],
    near: items
      .filter((i) => i.section === 'near')
      .sort(newest)
      .map(present),
  };
}

/** The home page's read of what is open now (public; the signed-in person's own parts when signed in). */
export function openNowRoutes(app: App, ctx: ModuleContext, modules: GorodModule[]): void {
  // Who may call: anyone; a visitor sees public things only, a signed-in resident also their own.
  app.get(
    '/api/home/open-now',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['city'],
        summary: 'What is open now: polls and votes with their end dates, initiatives collecting support, my reports, my district',
        description:
          '`districtId` chooses the district "near me" (a visitor has no profile); without it a signed-in resident’s own district is used. An unknown district reads as none.',
        querystring: z.object({ districtId: z.string().min(1).max(64).optional() }),
        response: { 200: homeOpenNowSchema },
      },
    },
    async (req) => {
      const asked = req.query.districtId ?? (req.actor.kind === 'user' ? req.actor.districtId : null);
      const [known] = asked ? await ctx.database.db.select({ id: districts.id }).from(districts).where(eq(districts.id, asked)).limit(1) : [];
      return homeOpenNow(ctx, modules, { actor: req.actor, lang: req.lang, districtId: known?.id ?? null, now: new Date() });
    },
  );
}

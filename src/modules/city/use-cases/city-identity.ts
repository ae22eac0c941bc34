import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { citySettings, districts } from '../../../core/city/schema.js';
import type { Config } from '../../../config.js';
import type { Executor } from '../../../core/db/client.js';
import { deleteFiles, processImage, readFileBytes, storeImage, imageRefusal, type ImageProblem } from '../../../core/files/files.js';
import type { AreaGeometry } from '../../../core/geo/geo.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import { isLanguage, overrideMessage, setDefaultLanguage, type Language } from '../../../core/i18n/i18n.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { defaultIdentity, isLanguageList, isTimeZone, nameIn, viewOfDistricts, type CityIdentity, type CityLanguage } from '../domain/identity.js';
import { canEditCityIdentity } from '../policy.js';

/** The purpose of the city's logo in the files table. */
export const cityLogoPurpose = 'city_logo';

/** What an administrator sets (the logo has its own upload). */
export interface IdentityInput {
  nameRu: string;
  nameEn: string;
  timeZone: string;
  centre: { lat: number; lon: number };
  zoom: number;
  phone: string | null;
  email: string | null;
  address: string | null;
  website: string | null;
  languages: string[];
  country: string;
}

type Row = typeof citySettings.$inferSelect;

const fromRow = (r: Row): CityIdentity => ({
  nameRu: r.nameRu,
  nameEn: r.nameEn,
  timeZone: r.timeZone,
  centre: { lat: r.mapLat, lon: r.mapLon },
  zoom: r.mapZoom,
  logoFileId: r.logoFileId,
  phone: r.phone,
  email: r.email,
  address: r.address,
  website: r.website,
  languages: r.languages.filter((l): l is CityLanguage => l === 'ru' || l === 'en'),
  country: r.country,
  setupNeeded: false,
  setupCompleted: r.setupCompletedAt !== null,
});

// The time zone CITY_TIMEZONE named when this process started, for a city without a stored identity. The stored
// zone is written into config.cityTimezone (what every module reads), so the environment's is kept aside here.
const configuredZones = new WeakMap<Config, string>();
const configuredZone = (config: Config): string => {
  if (!configuredZones.has(config)) configuredZones.set(config, config.cityTimezone);
  return configuredZones.get(config)!;
};

/** The city's identity as stored, or the defaults before setup (CITY_TIMEZONE, the districts' extent). */
export async function readIdentity(ctx: Pick<ModuleContext, 'config' | 'database'>, db: Executor = ctx.database.db): Promise<CityIdentity> {
  const [row] = await db.select().from(citySettings).where(eq(citySettings.id, 1)).limit(1);
  if (row) return fromRow(row);
  const shapes = await db.select({ geometry: districts.geometry }).from(districts);
  return defaultIdentity(configuredZone(ctx.config), viewOfDistricts(shapes.map((s) => s.geometry as AreaGeometry)));
}

// the identity this process last applied, for cityName()
let current: Pick<CityIdentity, 'nameRu' | 'nameEn' | 'setupNeeded'> = { nameRu: 'Город', nameEn: 'Gorod', setupNeeded: true };

/**
 * Makes an identity the one this process runs with: its time zone becomes `config.cityTimezone` (the one value
 * deadlines, digests and local dates read), its name the `city.name` of e-mails and its first language the one a
 * request naming none is answered in. Called when the server starts,
 * after an administrator's change, after the demo seed, and every minute by a server on PostgreSQL (another
 * process may have changed it).
 */
export function applyIdentity(config: Config, identity: CityIdentity): void {
  configuredZone(config);
  config.cityTimezone = identity.timeZone;
  current = { nameRu: identity.nameRu, nameEn: identity.nameEn, setupNeeded: identity.setupNeeded };
  const first = identity.languages[0];
  setDefaultLanguage(isLanguage(first) ? first : 'ru');
  overrideMessage('ru', 'city.name', identity.setupNeeded ? null : `«Город» — ${identity.nameRu}`);
  overrideMessage('en', 'city.name', identity.setupNeeded ? null : `Gorod — ${identity.nameEn}`);
}

/** Reads the stored identity and applies it (see applyIdentity). */
export async function loadIdentity(ctx: Pick<ModuleContext, 'config' | 'database'>): Promise<CityIdentity> {
  const identity = await readIdentity(ctx);
  applyIdentity(ctx.config, identity);
  return identity;
}

/** The city's name in a language, as this process knows it (for e-mails and other texts). */
export function cityName(lang: Language): string {
  return nameIn(current, lang);
}

const blankToNull = (v: string | null | undefined) => (v ? v : null);

/** Checks what the schema cannot: the time zone and the languages; refusals name the field. */
export function checkIdentityInput(input: Pick<IdentityInput, 'timeZone' | 'languages' | 'country'>): void {
  if (!isTimeZone(input.timeZone)) throw fieldError('timeZone', 'field.city_time_zone', { value: input.timeZone.slice(0, 60) });
  if (!isLanguageList(input.languages)) throw fieldError('languages', 'field.city_languages');
}

/**
 * An administrator sets the city's identity (all of it but the logo); audited `city.identity_set` with the fields
 * that changed. The new time zone and name take effect in this process at once.
 */
export async function updateIdentity(ctx: ModuleContext, actor: Actor, input: IdentityInput): Promise<CityIdentity> {
  authorize(actor, canEditCityIdentity(actor));
  checkIdentityInput(input);
  const identity = await writeIdentity(ctx, actor.kind === 'user' ? actor.userId : null, input);
  return identity;
}

/** Stores the identity (the administrator's form or `gorod city set`) with its audit entry, and applies it. */
export async function writeIdentity(ctx: ModuleContext, actorId: string | null, input: IdentityInput): Promise<CityIdentity> {
  checkIdentityInput(input);
  const values = {
    nameRu: input.nameRu,
    nameEn: input.nameEn,
    timeZone: input.timeZone,
    mapLat: input.centre.lat,
    mapLon: input.centre.lon,
    mapZoom: input.zoom,
    phone: blankToNull(input.phone),
    email: blankToNull(input.email),
    address: blankToNull(input.address),
    website: blankToNull(input.website),
    languages: input.languages,
    country: input.country,
    updatedAt: new Date(),
  };
  const identity = await ctx.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(citySettings).where(eq(citySettings.id, 1)).for('update');
    const [row] = await tx
      .insert(citySettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: citySettings.id, set: values })
      .returning();
    const after = fromRow(row!);
    const previous = before ? fromRow(before) : null;
    const changed = (Object.keys(after) as (keyof CityIdentity)[]).filter(
      (k) => k !== 'setupNeeded' && JSON.stringify(after[k]) !== JSON.stringify(previous?.[k]),
    );
    await appendAudit(tx, {
      actorId,
      action: 'city.identity_set',
      subjectType: 'city',
      subjectId: '1',
      data: { changed, nameRu: after.nameRu, nameEn: after.nameEn, timeZone: after.timeZone, previousTimeZone: previous?.timeZone ?? null },
    });
    return after;
  });
  applyIdentity(ctx.config, identity);
  return identity;
}

/** The refusal for an upload that is not a usable logo. */
export function logoProblem(problem: ImageProblem, format?: string): AppError {
  return imageRefusal('city_logo', problem, format);
}

/**
 * An administrator uploads the city's logo (processed like every image: WebP, at most 1600 px, metadata dropped);
 * the previous logo is deleted. Needs the identity to be set first (409 otherwise). Audited `city.logo_set`.
 */
export async function setLogo(ctx: ModuleContext, actor: Actor, data: Buffer): Promise<CityIdentity> {
  authorize(actor, canEditCityIdentity(actor));
  const result = await processImage(data);
  if (!result.ok) throw logoProblem(result.problem, result.format);
  return replaceLogo(ctx, actor, result.image);
}

/** An administrator removes the city's logo (the site shows its drawn mark again). Audited `city.logo_removed`. */
export async function removeLogo(ctx: ModuleContext, actor: Actor): Promise<CityIdentity> {
  authorize(actor, canEditCityIdentity(actor));
  return replaceLogo(ctx, actor, null);
}

async function replaceLogo(ctx: ModuleContext, actor: Actor, image: Parameters<typeof storeImage>[1]['image'] | null): Promise<CityIdentity> {
  const actorId = actor.kind === 'user' ? actor.userId : null;
  return ctx.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(citySettings).where(eq(citySettings.id, 1)).for('update');
    if (!before) throw new AppError(409, 'city_identity_not_set');
    const file = image ? await storeImage(tx, { purpose: cityLogoPurpose, uploadedBy: actorId, image }) : null;
    const [row] = await tx
      .update(citySettings)
      .set({ logoFileId: file?.id ?? null, updatedAt: sql`now()` })
      .where(eq(citySettings.id, 1))
      .returning();
    if (before.logoFileId) await deleteFiles(tx, [before.logoFileId], cityLogoPurpose);
    await appendAudit(tx, {
      actorId,
      action: file ? 'city.logo_set' : 'city.logo_removed',
      subjectType: 'city',
      subjectId: '1',
      data: { fileId: file?.id ?? null, previousFileId: before.logoFileId },
    });
    return fromRow(row!);
  });
}

/** The logo's bytes for anyone (404 when the city has none). */
export async function readLogo(ctx: ModuleContext, fileId: string, variant: 'full' | 'thumb'): Promise<{ data: Buffer; contentType: string }> {
  const file = await readFileBytes(ctx.database.db, fileId, variant);
  if (!file || file.facts.purpose !== cityLogoPurpose) throw new AppError(404, 'city_logo_not_found');
  return { data: file.data, contentType: file.facts.contentType };
}

/** The demo city's identity: St Petersburg (an administrator's later change is kept). */
export async function seedDemoIdentity(ctx: Pick<ModuleContext, 'config' | 'database'>): Promise<void> {
  await ctx.database.db
    .insert(citySettings)
    .values({
      id: 1,
      nameRu: 'Санкт-Петербург',
      nameEn: 'St Petersburg',
      timeZone: 'Europe/Moscow',
      mapLat: 59.94,
      mapLon: 30.31,
      mapZoom: 10,
      phone: '004',
      address: 'Смольный проезд, 1, Санкт-Петербург',
      website: 'https://www.gov.spb.ru',
      languages: ['ru', 'en'],
      country: 'RU',
      // the demo city is ready to use: nothing leads its administrators to the setup checklist
      setupCompletedAt: new Date(),
    })
    .onConflictDoNothing();
  await loadIdentity(ctx);
}

/**
 * Several server processes on one PostgreSQL database: each reads the identity again every minute, so an
 * administrator's change (made through one of them) takes effect in the others within a minute. Returns the stop.
 */
export function refreshIdentityEveryMinute(ctx: ModuleContext): () => void {
  if (ctx.database.kind !== 'postgres') return () => undefined;
  const timer = setInterval(() => {
    loadIdentity(ctx).catch((err: unknown) => ctx.log.warn({ err }, 'could not read the city’s identity again; keeping the one in use'));
  }, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

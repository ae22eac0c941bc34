import { cityDatasets } from './datasets.js';
import fs from 'node:fs';
import { count, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineModule } from '../../core/module/module.js';
import { departments, districts } from '../../core/city/schema.js';
import { areaKm2, simplify, type AreaGeometry } from '../../core/geo/geo.js';
import { AppError } from '../../core/http/errors.js';
import { calendarDays } from '../../core/time/schema.js';
import { shippedCalendar } from './use-cases/country-calendar.js';
import { calendarRoutes } from './http/calendar-routes.js';
import { districtRoutes } from './http/district-routes.js';
import { districtsCli } from './cli-districts.js';
import { departmentSchema, presentDepartments } from './http/department-presenter.js';
import { cityMessages } from './messages.js';
import { cityCli } from './cli-city.js';
import { calendarCli } from './cli-calendar.js';
import { identityRoutes } from './http/identity-routes.js';
import { loadIdentity, refreshIdentityEveryMinute, seedDemoIdentity } from './use-cases/city-identity.js';
import { cityReadiness, cityReadinessMessages } from './readiness.js';
import { sampleContactsNote, spbAdministrationContacts, spbCommittees, spbDistrictNames } from './domain/spb-districts.js';
import { describeDepartments, districtAt, findDepartment, listDepartments, listDistricts } from './db/queries.js';
import { cityAudit } from './audit.js';
import { fromRoot } from '../../core/paths.js';
import { departmentSearch } from './use-cases/department-search.js';
import { departmentArea } from './use-cases/department-area.js';

export const districtsFile = fromRoot('data', 'spb_districts_osm_2020.geojson');

const districtSchema = z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string(), areaKm2: z.number() }).meta({ id: 'CityDistrict' });
const districtListSchema = z
  .object({ items: z.array(districtSchema.extend({ geometry: z.unknown().optional() }).meta({ id: 'CityDistrictWithBoundary' })) })
  .meta({ id: 'CityDistrictList' });
type Feature = { properties: { name: string; osm_relation_id: number }; geometry: AreaGeometry };

let stopRefreshing = (): void => undefined;

/** The city itself: districts with their boundaries and departments. */
export const cityModule = defineModule({
  name: 'city',
  datasets: cityDatasets,
  audit: cityAudit,
  messages: { en: { ...cityMessages.en, ...cityReadinessMessages.en }, ru: { ...cityMessages.ru, ...cityReadinessMessages.ru } },
  readiness: cityReadiness,

  entities: [{ type: 'department', describe: describeDepartments, pagePath: '/departments/:id' }],
  search: [departmentSearch],
  area: [departmentArea],

  routes(app, ctx) {
    // the stored identity (time zone, name) takes effect before the first request; an app built without a database
    // (the OpenAPI document) keeps CITY_TIMEZONE
    app.addHook('onReady', async () => {
      try {
        await loadIdentity(ctx);
      } catch (err) {
        ctx.log.warn({ err }, 'could not read the city’s identity; CITY_TIMEZONE applies until it is set');
      }
    });
    // the site's settings and the city's identity (name, clock, map, logo, contacts, languages)
    identityRoutes(app, ctx);

    // Public: the districts, optionally with boundaries simplified for drawing.
    app.get(
      '/api/districts',
      {
        config: { policy: 'public' },
        schema: {
          tags: ['city'],
          summary: 'Districts of the city',
          querystring: z.object({ geometry: z.enum(['none', 'simplified']).default('none') }),
          response: { 200: districtListSchema },
        },
      },
      async (req, reply) => {
        const rows = await listDistricts(ctx.database.db);
        reply.header('cache-control', 'public, max-age=300');
        return {
          items: rows.map((d) => ({
            id: d.id,
            nameRu: d.nameRu,
            nameEn: d.nameEn,
            areaKm2: Math.round(d.areaKm2 * 10) / 10,
            ...(req.query.geometry === 'simplified' ? { geometry: simplify(d.geometry as AreaGeometry, 0.002) } : {}),
          })),
        };
      },
    );

    // Public: which district a point is in.
    app.get(
      '/api/districts/at',
      {
        config: { policy: 'public' },
        schema: {
          tags: ['city'],
          summary: 'The district containing a point',
          querystring: z.object({ lat: z.coerce.number().min(-90).max(90), lon: z.coerce.number().min(-180).max(180) }),
          response: { 200: districtSchema },
        },
      },
      async (req) => {
        const d = await districtAt(ctx.database.db, req.query.lon, req.query.lat);
        if (!d) throw new AppError(404, 'outside_city');
        return { id: d.id, nameRu: d.nameRu, nameEn: d.nameEn, areaKm2: d.areaKm2 };
      },
    );

    // Public: departments (executors).
    app.get(
      '/api/departments',
      {
        config: { policy: 'public' },
        schema: {
          tags: ['city'],
          summary: 'Departments with their contacts (retired ones only when asked: administrators’ lists)',
          querystring: z.object({ retired: z.enum(['exclude', 'include']).default('exclude') }),
          response: { 200: z.object({ items: z.array(departmentSchema) }).meta({ id: 'CityDepartmentList' }) },
        },
      },
      async (req) => {
        const rows = await listDepartments(ctx.database.db);
        return { items: await presentDepartments(ctx, req.query.retired === 'include' ? rows : rows.filter((d) => !d.retiredAt)) };
      },
    );

    // Public: one department (its page; its officials come from GET /api/people?departmentId=).
    app.get(
      '/api/departments/:id',
      {
        config: { policy: 'public' },
        schema: {
          tags: ['city'],
          summary: 'One department with its contacts and head',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 200: departmentSchema },
        },
      },
      async (req) => {
        const d = await findDepartment(ctx.database.db, req.params.id);
        if (!d) throw new AppError(404, 'department_not_found');
        return (await presentDepartments(ctx, [d]))[0]!;
      },
    );

    // The working-day calendar (public reading; administrators edit). Departments are created, edited,
    // retired, merged, deleted and imported under /api/admin/departments in the reports module: a merge
    // moves reports, routing rules and officials' roles in one transaction, and the head check needs
    // accounts — both depend on this module, which owns only the table and its public reading.
    calendarRoutes(app, ctx);
    // administrators' districts: import from GeoJSON, rename, remove
    districtRoutes(app, ctx);
  },

  async seedDemo(ctx, progress) {
    const db = ctx.database.db;
    // first: the demo's other dates are read on St Petersburg's clock
    await seedDemoIdentity(ctx);
    const features = (JSON.parse(fs.readFileSync(districtsFile, 'utf8')) as { features: Feature[] }).features;
    const rows = features.map((f) => {
      const known = spbDistrictNames[f.properties.osm_relation_id];
      if (!known) throw new Error(`unknown district in ${districtsFile}: ${f.properties.name}`);
      return {
        id: known.id,
        nameRu: f.properties.name,
        nameEn: known.nameEn,
        osmRelationId: f.properties.osm_relation_id,
        geometry: f.geometry,
        areaKm2: areaKm2(f.geometry),
      };
    });
    await db.transaction(async (tx) => {
      await tx
        .insert(districts)
        .values(rows)
        .onConflictDoUpdate({
          target: districts.id,
          set: {
            nameRu: sql`excluded.name_ru`,
            nameEn: sql`excluded.name_en`,
            geometry: sql`excluded.geometry`,
            areaKm2: sql`excluded.area_km2`,
            osmRelationId: sql`excluded.osm_relation_id`,
          },
        });
      // contacts: each administration's real building and the city portal's page; hours, phones and e-mails are a sample
      const website = 'https://www.gov.spb.ru/gov/terr/';
      const administrations = rows.map((d) => {
        const c = spbAdministrationContacts[d.id];
        return {
          id: `admin-${d.id}`,
          nameRu: `Администрация ${d.nameRu.replace(/(ий|ый) район$/, 'ого района')}`,
          nameEn: `${d.nameEn} Administration`,
          kind: 'district_administration',
          districtId: d.id,
          ...(c ? { phone: c.phone, email: c.email, address: `${c.address} · ${sampleContactsNote('часы, телефон и почта')}`, website } : {}),
        };
      });
      const committees = spbCommittees.map((c) => ({
        ...c,
        kind: 'city_committee',
        districtId: null,
        email: `${c.id}@gorod.demo`,
        address: `Смольный проезд, 1 · ${sampleContactsNote('адрес, часы, телефон и почта')}`,
        website: 'https://www.gov.spb.ru/',
      }));
      await tx
        .insert(departments)
        .values([...administrations, ...committees])
        .onConflictDoNothing();
      // the working-day calendar: this year's published one and next year's fixed holidays; days an
      // administrator already listed are left as they are
      await tx.insert(calendarDays).values(shippedCalendar('RU')).onConflictDoNothing();
    });
    progress(`Districts: ${rows.length}; departments: ${rows.length + spbCommittees.length}; calendar days: ${shippedCalendar('RU').length}`);
  },

  cli: [...cityCli, ...districtsCli, ...calendarCli],

  // several processes on one PostgreSQL database: each picks up an administrator's change within a minute
  start(ctx) {
    stopRefreshing = refreshIdentityEveryMinute(ctx);
  },
  stop() {
    stopRefreshing();
  },

  async figures(ctx) {
    const [d] = await ctx.database.db.select({ n: count() }).from(districts);
    const [p] = await ctx.database.db.select({ n: count() }).from(departments);
    return { districts: Number(d?.n ?? 0), departments: Number(p?.n ?? 0) };
  },
});

import type { CliCommand } from '../../core/module/module.js';
import { AppError, zodFields } from '../../core/http/errors.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const identityRoutes = () => import('./http/identity-routes.js');
const identityUseCases = () => import('./use-cases/city-identity.js');

type Opts = Record<string, string | boolean | undefined>;
const text = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** `--centre 59.94,30.31` as numbers (anything else is left for the schema to refuse as not a number). */
function centreOption(v: string, fallback: { lat: number; lon: number }): { lat: unknown; lon: unknown } {
  const parts = v.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => !p)) return { lat: v, lon: fallback.lon };
  return { lat: Number(parts[0]), lon: Number(parts[1]) };
}

/** `gorod city show` and `gorod city set …`: the city's identity, as JSON on stdout. */
export const cityCli: CliCommand[] = [
  {
    name: 'city show',
    description: "Print the city's identity (name, time zone, map, contacts, languages) as JSON; setupNeeded is true before it is set",
    async run(ctx) {
      const { presentIdentity } = await identityRoutes();
      const { readIdentity } = await identityUseCases();
      process.stdout.write(`${JSON.stringify(presentIdentity(await readIdentity(ctx)))}\n`);
    },
  },
  {
    name: 'city set',
    description: "Set the city's identity; options not given keep their value (checked as the administrators' page checks them)",
    options: [
      { flags: '--name-ru <name>', description: 'the city’s name in Russian, e.g. Казань' },
      { flags: '--name-en <name>', description: 'the city’s name in English, e.g. Kazan' },
      { flags: '--time-zone <zone>', description: 'IANA time zone, e.g. Europe/Moscow' },
      { flags: '--centre <lat,lon>', description: 'where maps open, e.g. 55.79,49.12' },
      { flags: '--zoom <n>', description: 'the maps’ zoom, 1–19' },
      { flags: '--phone <phone>', description: 'the city’s public phone ("" removes it)' },
      { flags: '--email <email>', description: 'the city’s public e-mail ("" removes it)' },
      { flags: '--address <address>', description: 'the city’s public address ("" removes it)' },
      { flags: '--website <url>', description: 'the city’s website ("" removes it)' },
      { flags: '--languages <list>', description: 'languages offered, e.g. ru,en (the first is the default)' },
      { flags: '--country <code>', description: 'country of the working-day calendar (RU)' },
    ],
    async run(ctx, _args, opts: Opts, progress) {
      const { identityBodySchema, presentIdentity } = await identityRoutes();
      const { readIdentity, writeIdentity } = await identityUseCases();
      const now = await readIdentity(ctx);
      const zoom = text(opts.zoom);
      const centre = text(opts.centre);
      const languages = text(opts.languages);
      const pick = (key: string, current: string | null) => text(opts[key]) ?? current ?? '';
      const candidate = {
        nameRu: text(opts.nameRu) ?? now.nameRu,
        nameEn: text(opts.nameEn) ?? now.nameEn,
        timeZone: text(opts.timeZone) ?? now.timeZone,
        centre: centre === undefined ? now.centre : centreOption(centre, now.centre),
        zoom: zoom === undefined ? now.zoom : /^-?\d+$/.test(zoom.trim()) ? Number(zoom) : zoom,
        phone: pick('phone', now.phone),
        email: pick('email', now.email),
        address: pick('address', now.address),
        website: pick('website', now.website),
        languages: languages === undefined ? now.languages : languages.split(',').map((l) => l.trim()),
        country: text(opts.country) ?? now.country,
      };
      const parsed = identityBodySchema.safeParse(candidate);
      if (!parsed.success) {
        const fields = zodFields('en', parsed.error.issues);
        throw new AppError(400, 'validation_failed', {
          details: Object.entries(fields)
            .map(([f, m]) => `--${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/\..*/, '')}: ${m}`)
            .join('; '),
        });
      }
      const b = parsed.data;
      const identity = await writeIdentity(ctx, null, {
        ...b,
        phone: b.phone ?? null,
        email: b.email ?? null,
        address: b.address ?? null,
        website: b.website ?? null,
      });
      progress(`The city is now ${identity.nameRu} / ${identity.nameEn} (${identity.timeZone}).`);
      process.stdout.write(`${JSON.stringify(presentIdentity(identity))}\n`);
    },
  },
];

import crypto from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/** Every configuration variable Gorod reads, with its default and meaning (README's table is generated from the same list). */
export const configVariables = [
  { name: 'HOST', default: '127.0.0.1', description: 'Address the HTTP server listens on.' },
  { name: 'PORT', default: '3000', description: 'Port the HTTP server listens on.' },
  { name: 'DATA_DIR', default: './data', description: 'Folder for the embedded database (`db/`) and the mail outbox (`mail/`). Must be writable.' },
  { name: 'DATABASE_URL', default: '(unset)', description: 'PostgreSQL ≥ 15 connection string. Unset: embedded PGlite under `DATA_DIR/db`.' },
  { name: 'DATABASE_POOL_SIZE', default: '10', description: 'Connections per process to the PostgreSQL server (ignored for PGlite).' },
  { name: 'PUBLIC_URL', default: 'http://HOST:PORT', description: 'Address residents use to reach the site; links in e-mails start with it.' },
  {
    name: 'SMTP_URL',
    default: '(unset)',
    description: 'SMTP server for outgoing mail, e.g. `smtps://user:pass@mail.example.org:465`. Unset: mail is written as `.eml` files under `DATA_DIR/mail/`.',
  },
  { name: 'MAIL_FROM', default: 'Gorod <no-reply@gorod.local>', description: 'Sender of outgoing mail.' },
  {
    name: 'SEED_DEMO',
    default: '1',
    description: '`1`: an empty database is filled with the demo city (St Petersburg) on start. `0`: start an empty city for a real deployment.',
  },
  { name: 'LOG_LEVEL', default: 'info', description: 'fatal, error, warn, info, debug, trace or silent. Logs are JSON lines on stdout.' },
  { name: 'COOKIE_SECURE', default: 'auto', description: '`auto`: session cookies are `Secure` when PUBLIC_URL is https. `1`/`0` forces it.' },
  {
    name: 'CITY_TIMEZONE',
    default: 'Europe/Moscow',
    description: "The city's time zone (IANA name) until its administrator sets one (Admin → City, `gorod city set`): daily digests and local dates follow it.",
  },
  { name: 'DIGEST_HOUR', default: '8', description: 'Hour of the day (0–23, city time) when daily notification digests are mailed.' },
  {
    name: 'FLAG_HIDE_THRESHOLD',
    default: '3',
    description: 'Flags from different people after which content is hidden from the public until a moderator reviews it.',
  },
  { name: 'REPORTS_DAILY_LIMIT', default: '10', description: 'Reports one resident may file per day (the «Наш СПб» rule).' },
  {
    name: 'MAP_TILE_URL',
    default: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    description:
      'Map tiles for the web app (`{z}/{x}/{y}` template); point it at your own tile server for production traffic. `none`: maps draw district outlines only (no tiles are fetched).',
  },
  { name: 'MAP_ATTRIBUTION', default: '© OpenStreetMap contributors', description: "Attribution shown on every map (required by the tiles' licence)." },
  {
    name: 'GEOCODER_URL',
    default: '(unset)',
    description:
      "A Nominatim-compatible geocoder (`…/search?format=jsonv2`) the map search asks, within the city's districts, when a person presses «Найти»; never while typing. Unset: the search finds districts, streets and addresses from the city's own reports and proposals only.",
  },
  {
    name: 'GEOCODER_TIMEOUT_MS',
    default: '2000',
    description: 'How long the map search waits for `GEOCODER_URL` before answering with the local results alone.',
  },
  {
    name: 'SMS_URL',
    default: '(unset)',
    description:
      'SMS gateway for verification codes: each message is POSTed there as JSON `{"to": "+7…", "text": "…"}` (with `Authorization: Bearer SMS_TOKEN` when set). Unset: messages are written as `.txt` files under `DATA_DIR/sms/`.',
  },
  { name: 'SMS_TOKEN', default: '(unset)', description: 'Bearer token sent to `SMS_URL`.' },
  {
    name: 'OIDC_ISSUER',
    default: '(unset)',
    description:
      'OpenID Connect provider (an ESIA-like identity provider) for verification and sign-in, e.g. `https://id.example.org`. Unset: the method cannot be switched on. Register `PUBLIC_URL/api/verification/oidc/callback` as the redirect address.',
  },
  { name: 'OIDC_CLIENT_ID', default: '(unset)', description: "This site's client id at the OpenID Connect provider." },
  { name: 'OIDC_CLIENT_SECRET', default: '(unset)', description: "This site's client secret at the OpenID Connect provider." },
  {
    name: 'OIDC_NAME',
    default: '(unset)',
    description: "The identity provider's name as residents know it, shown on the «Sign in with …» button (e.g. `Госуслуги`). Unset: «the identity provider».",
  },
  {
    name: 'OIDC_DISTRICT_CLAIM',
    default: 'district',
    description: "The ID-token or userinfo claim that holds the resident's district id (the birth date comes from the standard `birthdate` claim).",
  },
  {
    name: 'AUDIT_SIGNING_KEY',
    default: '(unset)',
    description:
      "The installation's Ed25519 key that signs the audit log's checkpoints (PKCS#8 PEM, or its DER in base64 on one line); every process of a multi-process install needs the same one. Unset: `DATA_DIR/audit-signing-key.pem`, created at first start. Never in the database; back it up apart from it.",
  },
  { name: 'TRUST_PROXY', default: '0', description: '`1` when behind a reverse proxy that sets X-Forwarded-For (client addresses for rate limits and logs).' },
] as const;

const bool = (name: string) => z.enum(['0', '1', 'true', 'false'], { error: `${name} must be 0 or 1` }).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ error: 'PORT must be a number' }).int().min(0, 'PORT must be 0–65535').max(65535, 'PORT must be 0–65535').default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  PUBLIC_URL: z.url({ error: 'PUBLIC_URL must be an absolute URL such as https://gorod.example.org' }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Gorod <no-reply@gorod.local>'),
  SEED_DEMO: bool('SEED_DEMO').default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: z.enum(['auto', '0', '1']).default('auto'),
  TRUST_PROXY: bool('TRUST_PROXY').default(false),
  CITY_TIMEZONE: z
    .string()
    .refine((v) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: v });
        return true;
      } catch {
        return false;
      }
    }, 'CITY_TIMEZONE must be an IANA time zone such as Europe/Moscow')
    .default('Europe/Moscow'),
  DIGEST_HOUR: z.coerce
    .number({ error: 'DIGEST_HOUR must be a number' })
    .int()
    .min(0, 'DIGEST_HOUR must be 0–23')
    .max(23, 'DIGEST_HOUR must be 0–23')
    .default(8),
  REPORTS_DAILY_LIMIT: z.coerce
    .number({ error: 'REPORTS_DAILY_LIMIT must be a number' })
    .int()
    .min(1, 'REPORTS_DAILY_LIMIT must be 1–1000')
    .max(1000, 'REPORTS_DAILY_LIMIT must be 1–1000')
    .default(10),
  MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_ATTRIBUTION: z.string().default('© OpenStreetMap contributors'),
  GEOCODER_URL: z.url({ protocol: /^https?$/, error: 'GEOCODER_URL must be an absolute http(s) URL such as https://nominatim.example.org' }).optional(),
  GEOCODER_TIMEOUT_MS: z.coerce
    .number({ error: 'GEOCODER_TIMEOUT_MS must be a number' })
    .int()
    .min(100, 'GEOCODER_TIMEOUT_MS must be 100–30000')
    .max(30_000, 'GEOCODER_TIMEOUT_MS must be 100–30000')
    .default(2000),
  SMS_URL: z.url({ error: 'SMS_URL must be an absolute http(s) URL' }).optional(),
  SMS_TOKEN: z.string().optional(),
  OIDC_ISSUER: z.url({ error: 'OIDC_ISSUER must be an absolute URL such as https://id.example.org' }).optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().trim().max(60, 'OIDC_NAME must be at most 60 characters').optional(),
  OIDC_DISTRICT_CLAIM: z.string().min(1).default('district'),
  AUDIT_SIGNING_KEY: z
    .string()
    .refine((v) => {
      try {
        const t = v.trim();
        const key = t.startsWith('-----BEGIN')
          ? crypto.createPrivateKey(t)
          : crypto.createPrivateKey({ key: Buffer.from(t, 'base64'), format: 'der', type: 'pkcs8' });
        return key.asymmetricKeyType === 'ed25519';
      } catch {
        return false;
      }
    }, 'AUDIT_SIGNING_KEY must be an Ed25519 private key: PKCS#8 PEM, or its DER in base64 (openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)')
    .optional(),
  FLAG_HIDE_THRESHOLD: z.coerce
    .number({ error: 'FLAG_HIDE_THRESHOLD must be a number' })
    .int()
    .min(1, 'FLAG_HIDE_THRESHOLD must be 1–100')
    .max(100, 'FLAG_HIDE_THRESHOLD must be 1–100')
    .default(3),
});

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  seedDemo: boolean;
  logLevel: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  cityTimezone: string;
  digestHour: number;
  flagHideThreshold: number;
  reportsDailyLimit: number;
  mapTileUrl: string;
  mapAttribution: string;
  /** The external geocoder's address; undefined: the map search is local only. */
  geocoderUrl: string | undefined;
  geocoderTimeoutMs: number;
  smsUrl: string | undefined;
  smsToken: string | undefined;
  oidcIssuer: string | undefined;
  oidcClientId: string | undefined;
  oidcClientSecret: string | undefined;
  /** The provider's name for the sign-in button; undefined: a generic name. */
  oidcName: string | undefined;
  oidcDistrictClaim: string;
  /** The audit checkpoints' signing key (see core/audit/checkpoints.ts); undefined: the key file under dataDir. */
  auditSigningKey: string | undefined;
}

/** The configuration table as Markdown, exactly as the README shows it. */
export function configTableMarkdown(): string {
  const rows = configVariables.map((v) => `| \`${v.name}\` | ${v.default.startsWith('(') ? v.default : `\`${v.default}\``} | ${v.description} |`);
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Thrown when the environment cannot run Gorod; the message says which variable and what to set. */
export class ConfigError extends Error {}

/** Reads the environment into a typed config; fails fast with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Bad configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(/\/+$/, '');
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    publicUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? publicUrl.startsWith('https://') : e.COOKIE_SECURE === '1',
    trustProxy: e.TRUST_PROXY,
    cityTimezone: e.CITY_TIMEZONE,
    digestHour: e.DIGEST_HOUR,
    flagHideThreshold: e.FLAG_HIDE_THRESHOLD,
    reportsDailyLimit: e.REPORTS_DAILY_LIMIT,
    mapTileUrl: e.MAP_TILE_URL,
    mapAttribution: e.MAP_ATTRIBUTION,
    geocoderUrl: e.GEOCODER_URL,
    geocoderTimeoutMs: e.GEOCODER_TIMEOUT_MS,
    smsUrl: e.SMS_URL,
    smsToken: e.SMS_TOKEN,
    oidcIssuer: e.OIDC_ISSUER,
    oidcClientId: e.OIDC_CLIENT_ID,
    oidcClientSecret: e.OIDC_CLIENT_SECRET,
    oidcName: e.OIDC_NAME || undefined,
    oidcDistrictClaim: e.OIDC_DISTRICT_CLAIM,
    auditSigningKey: e.AUDIT_SIGNING_KEY,
  };
}

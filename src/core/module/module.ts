import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import type { AuditVocabulary } from '../audit/present.js';
import type { AreaKind } from './area.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/client.js';
import type { Catalogue, Language } from '../i18n/i18n.js';
import type { Listener } from '../jobs/events.js';
import type { JobDefinition, JobRunner } from '../jobs/jobs.js';
import type { LiveBus } from '../live/bus.js';
import type { Mailer } from '../mail/mail.js';
import type { Dataset } from './datasets.js';
import type { EntityKind, EntityRegistry } from './entities.js';
import type { NotificationKind } from './notification-kinds.js';
import type { OpenNowItem, OpenNowViewer } from './open-now.js';
import type { PersonalDataPart } from './personal-data.js';
import type { SearchKind, SitePage } from './search.js';
import type { StatisticsContribution } from './statistics.js';
import type { ThisWeekItem, ThisWeekViewer } from './this-week.js';

/** The Fastify instance modules register routes on, typed by their zod schemas. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What the kernel hands every module. */
export interface ModuleContext {
  config: Config;
  database: Database;
  mailer: Mailer;
  log: FastifyBaseLogger;
  /** Every module's entity kinds (comments, follows, moderation and share previews use them). */
  entities: EntityRegistry;
  /** Background work; `kick()` after committing a transaction that emitted events or queued jobs. */
  jobs: JobRunner<ModuleContext>;
  /** Every module's notification kinds, by kind (the notifications module renders them). */
  notificationKinds: ReadonlyMap<string, NotificationKind>;
  /** Every module's participation statistics (the statistics module counts and publishes them). */
  statistics: readonly StatisticsContribution[];
  /** Every module's area kinds, in module order (the area page and area alerts read them). */
  areaKinds: readonly AreaKind[];
  /** Every module's part of a person's data (export and erasure), in module order, with the module's name. */
  personalData: readonly (PersonalDataPart & { module: string })[];
  /** Live delivery to signed-in people's open pages (GET /api/live): `publish` after the transaction has committed. */
  live: LiveBus;
}

/** The result of recognising who sent a request. `csrfToken` is set when the credential was a cookie. */
export interface Authentication {
  actor: Actor;
  csrfToken?: string;
}

/** Progress of a long command on stderr. */
export type Progress = (message: string) => void;

/** What the city-level statistics on the home page gather from a module. */
export type CityFigures = Record<string, number>;

/**
 * One thing the setup page checks. `missing`: residents cannot use the city until it is done; `advice`: it works, but
 * not as well as it could. Texts are the module's messages `readiness.<id>.title` and `readiness.<id>.<state>`, with
 * `{name}` placeholders filled from `params`.
 */
export interface ReadinessCheck {
  id: string;
  state: 'ok' | 'missing' | 'advice';
  /** Placeholder values; a name has a value per language. */
  params?: Record<string, string | number | Record<Language, string>>;
  /** The web page where the administrator does it (e.g. `/admin/districts`). */
  fix?: string;
}

/** A public point with the address people wrote for it (a report's, a proposal's): what the geocoder reads streets from. */
export interface AddressedPoint {
  address: string;
  lat: number;
  lon: number;
}

/** A capability plugged into the kernel. The core iterates modules and never names one. */
export interface GorodModule {
  name: string;
  /** Server messages (errors, mail texts, field names) in every language. */
  messages?: Record<Language, Catalogue>;
  /** Registers the module's HTTP routes, all under /api. */
  routes?: (app: App, ctx: ModuleContext) => void | Promise<void>;
  /** Recognises the caller from the request's credentials; the first module that returns one wins. */
  authenticate?: (request: FastifyRequest, ctx: ModuleContext) => Promise<Authentication | null>;
  /** Fills the demo city; must be idempotent. */
  seedDemo?: (ctx: ModuleContext, progress: Progress) => Promise<void>;
  /**
   * The kinds of public things this module owns (see EntityKind). The function form receives the
   * registry of all modules' kinds, for kinds whose facts come from another entity (a comment's
   * title and page are its host's).
   */
  entities?: EntityKind[] | ((entities: EntityRegistry) => EntityKind[]);
  /** Background job kinds this module runs, by kind (prefix them with the module name). */
  jobs?: Record<string, JobDefinition<ModuleContext>>;
  /**
   * Reactions to domain events, each `listen(event, handler)` with the emitting module's event definition; every
   * (event, listener) pair runs as its own job, so a failing one retries alone. Must be idempotent (use the event
   * id). The function form receives every enabled module, for listeners built from their manifests (area alerts).
   */
  on?: Listener<ModuleContext>[] | ((modules: readonly GorodModule[]) => Listener<ModuleContext>[]);
  /**
   * The kinds of notification this module's listeners record (through the notifications module's `notify`), with
   * how each reads; their texts are in this module's messages.
   */
  notifications?: NotificationKind[];
  /** How this module's audit actions read in the public log (every action it writes has a sentence there). */
  audit?: AuditVocabulary;
  /** Commands this module adds to the CLI. */
  cli?: CliCommand[];
  /** What this module counts for participation statistics (`/statistics`): measures, implemented ÷ proposed, activity, participants of a result. */
  statistics?: StatisticsContribution;
  /** Public figures for "the city at a glance". */
  figures?: (ctx: ModuleContext) => Promise<CityFigures>;
  /**
   * What this module needs before residents can use the city ("can a resident file a report here?"): the
   * administrators' setup page lists every module's checks in module order.
   */
  readiness?: (ctx: ModuleContext) => Promise<ReadinessCheck[]>;
  /**
   * What this module has open now for the home page (polls to answer, a vote, initiatives collecting support, the
   * viewer's own reports, what happens in their district): public facts and the viewer's own only.
   */
  openNow?: (ctx: ModuleContext, viewer: OpenNowViewer) => Promise<OpenNowItem[]>;
  /**
   * What residents may come to in the viewer's coming week (events, shifts), for the home page: up to `limit` in the
   * viewer's district and up to `limit` soonest across the city. Public facts only.
   */
  thisWeek?: (ctx: ModuleContext, viewer: ThisWeekViewer) => Promise<ThisWeekItem[]>;
  /** The district this module knows a signed-in person lives in (a verified address), or null: "near me" without a profile district. */
  residentDistrict?: (ctx: ModuleContext, userId: string) => Promise<string | null>;
  /**
   * Public points whose address contains `word` (folded: lower case, ё as е), at most `limit`: the geocoder
   * (`GET /api/geocode`) groups them into the streets and addresses a map search finds. Only what the public may
   * already see, and nothing about people.
   */
  addressedPoints?: (ctx: ModuleContext, word: string, limit: number) => Promise<AddressedPoint[]>;
  /**
   * The kinds of public things the site-wide search (`GET /api/search`, the header's box) finds in this module: how
   * to build each one's document and which ids to reindex (see SearchKind for how the index keeps them fresh).
   */
  search?: SearchKind[];
  /** This module's main public pages, which the site-wide search finds as kind `page` (see SitePage). */
  pages?: SitePage[];
  /**
   * What this module shows on the area page (`GET /api/area`: a circle around a point, or a district) and which of
   * its domain events are news for area subscribers (see AreaKind).
   */
  area?: AreaKind[];
  /** What this module keeps about a person and how it exports and erases it (see PersonalDataPart). */
  personalData?: PersonalDataPart;
  /** The public datasets this module publishes, for the open-data catalogue (see Dataset). */
  datasets?: (ctx: ModuleContext) => Promise<Dataset[]>;
  /** Called once when the server has started and before it stops (timers, background work). */
  start?: (ctx: ModuleContext) => void | Promise<void>;
  stop?: (ctx: ModuleContext) => void | Promise<void>;
}

/**
 * A command a module adds to the `gorod` CLI, e.g. `classifier import <file>`. It runs with the
 * database open and migrated; progress and notices go to `progress` (stderr), machine-readable
 * output to stdout. Throw AppError for a refusal (printed in words, exit code 2).
 */
export interface CliCommand {
  /** Words and arguments as commander takes them: `classifier import <file>`. */
  name: string;
  description: string;
  options?: { flags: string; description: string; required?: boolean }[];
  /** Runs with the database open and migrated. */
  run?: (ctx: ModuleContext, args: string[], opts: Record<string, string | boolean | undefined>, progress: Progress) => Promise<void>;
  /** Runs without any database or server (a computation on a file): used instead of `run`. */
  offline?: (args: string[], opts: Record<string, string | boolean | undefined>, progress: Progress) => Promise<void>;
}

/** Declares a module; the identity function that gives modules one checked shape. */
export function defineModule(m: GorodModule): GorodModule {
  return m;
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { anonymous } from './core/auth/actor.js';
import { safeEqual } from './core/auth/session-token.js';
import type { Database } from './core/db/client.js';
import { coreRoutes } from './core/http/core-routes.js';
import { geocodeRoutes } from './core/geocode/routes.js';
import { searchRoutes } from './core/search/routes.js';
import { liveRoutes } from './core/live/routes.js';
import { completeOpenApi } from './core/http/openapi-complete.js';
import { installRouteGate, methodsFor } from './core/http/route-gate.js';
import type { RouteRecord } from './core/http/route-policy.js';
import { databaseRateLimitStore } from './core/http/rate-limit-store.js';
import { AppError, installErrorHandler } from './core/http/errors.js';
import { matchPagePath, previewText, templateDefaults, withShareMeta, type ShareMeta } from './core/http/share-meta.js';
import { matchWebRoute } from './core/http/web-routes.js';
import { preloadsFor, readRoutePreloads, withPreloads } from './core/http/route-preloads.js';
import { sessionCookieName } from './modules/accounts/index.js';
import { coreMessages } from './core/i18n/core-messages.js';
import { addMessages, languageFromHeader, t } from './core/i18n/i18n.js';
import { titleIn } from './core/module/entities.js';
import type { App, GorodModule, ModuleContext } from './core/module/module.js';
import { createContext } from './context.js';
import { version } from './core/version.js';
import { fromRoot } from './core/paths.js';

export const webDist = fromRoot('web', 'dist');

// the catalogues already added to the process's one catalogue: a module list that adds a module (a test's host
// module, built after the real app in the same process) gets that module's messages too
const loadedCatalogues = new WeakSet<object>();
/** Loads the kernel's and every module's messages into the server catalogue (each catalogue once per process). */
export function loadMessages(modules: GorodModule[]): void {
  for (const messages of [coreMessages, ...modules.map((m) => m.messages)]) {
    if (!messages || loadedCatalogues.has(messages)) continue;
    addMessages(messages);
    loadedCatalogues.add(messages);
  }
}

export interface BuiltApp {
  app: App;
  ctx: ModuleContext;
  /** Every route with its method, address and policy, in registration order. */
  routes: RouteRecord[];
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The origin of the map tile template (`https://tile.example.org`), for the content security policy; none for `none`. */
export function tileOrigin(template: string): string[] {
  if (template === 'none') return [];
  try {
    // subdomain placeholders such as {s}.tile… become a wildcard host
    const url = new URL(template.replace(/\{s\}/g, 'a').replace(/\{[a-z]+\}/g, '0'));
    const host = /\{s\}/.test(template) ? `*.${url.host.split('.').slice(1).join('.')}` : url.host;
    return [`${url.protocol}//${host}`];
  } catch {
    return [];
  }
}

/** Builds the HTTP application from the configuration, an open database and the module list. */
export async function buildApp(
  config: Config,
  database: Database,
  modules: GorodModule[],
  opts: { logger?: boolean; /** the built web app's folder (tests give one of their own) */ webDist?: string } = {},
): Promise<BuiltApp> {
  loadMessages(modules);
  const app = Fastify({
    logger:
      opts.logger === false ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'] },
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  const routes: RouteRecord[] = [];
  installRouteGate(app, routes);
  // JSON only: Fastify's default text/plain parser would turn a form post into a confusing validation error
  app.removeContentTypeParser('text/plain');

  const ctx = createContext(config, database, modules, app.log);
  const { mailer, jobs: jobsRunner } = ctx;
  // after the last request has finished and before the database closes
  app.addHook('onClose', async () => {
    await jobsRunner.stop();
    await mailer.stop();
    await ctx.live.close();
  });
  // while stopping, answers close their connection: a keep-alive client would otherwise hold the
  // server open after its request in flight was answered
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_req, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  app.decorateRequest('lang', 'ru');
  app.decorateRequest('actor', null as never);
  app.decorateRequest('csrfToken', undefined);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // map tiles come from the configured tile server
        imgSrc: ["'self'", 'data:', 'blob:', ...tileOrigin(config.mapTileUrl)],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.publicUrl.startsWith('https://'),
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    // after body parsing, so sign-in limits can count per e-mail as well as per address
    hook: 'preHandler',
    store: databaseRateLimitStore(database.db),
    errorResponseBuilder: (_req, context) => {
      const err = new AppError(429, 'rate_limited', { seconds: Math.ceil(context.ttl / 1000) });
      (err as unknown as { statusCode: number }).statusCode = 429;
      return err;
    },
  });

  // Who is calling, and in which language to answer: every request, before its handler.
  app.addHook('onRequest', async (req) => {
    req.lang = languageFromHeader(req.headers['accept-language']);
    req.actor = anonymous;
    if (!req.url.startsWith('/api/')) return;
    for (const m of modules) {
      const auth = await m.authenticate?.(req, ctx);
      if (auth) {
        req.actor = auth.actor;
        req.csrfToken = auth.csrfToken;
        if (auth.actor.kind === 'user') req.lang = auth.actor.language;
        break;
      }
    }
  });

  // CSRF: a write authenticated by the session cookie must carry the session's token in a header. Signing in,
  // registering and resetting a password do not act on the session a stale cookie may name, so they are exempt;
  // signing out ends it, so it is not.
  app.addHook('preHandler', async (req) => {
    const sessionFree = req.url.startsWith('/api/auth/') && !req.url.startsWith('/api/auth/logout');
    if (!unsafeMethods.has(req.method) || req.csrfToken === undefined || sessionFree) return;
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, req.csrfToken)) throw new AppError(403, 'csrf_failed');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Gorod API',
        version,
        description:
          'The REST API of Gorod, the city participation platform. Errors have one shape: `{ error: { code, message, fields? } }`, with the message in the language of Accept-Language (ru, en) or of the signed-in user. Writes authenticated by the session cookie must send the `X-CSRF-Token` header returned by `/api/me` and `/api/auth/login`.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gorod_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => completeOpenApi(jsonSchemaTransformObject(input), routes),
  });
  // the documentation pages are public
  await app.register(publicRoutes(async (docs) => docs.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })));
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () => app.swagger());

  coreRoutes(app, ctx, modules);
  geocodeRoutes(app, ctx, modules);
  searchRoutes(app, ctx, modules);
  await liveRoutes(app, ctx);
  for (const m of modules) await m.routes?.(app, ctx);

  await serveWebApp(app, ctx, methodsFor(routes), opts.webDist ?? webDist);
  return { app, ctx, routes };
}

/** A plugin whose routes (a third-party plugin's: the documentation pages, the static files) are public. */
function publicRoutes(register: (scope: FastifyInstance) => Promise<unknown>) {
  return async (scope: FastifyInstance) => {
    scope.addHook('onRoute', (route) => {
      route.config ??= {};
      route.config.policy ??= 'public';
    });
    await register(scope);
  };
}

/**
 * Serves the built SPA: hashed assets cached for a year (immutable: a new build names its files anew), sent
 * as the build's Brotli or gzip copies (`name.js.br`, `name.js.gz`, written by web/vite.config.ts) to a
 * browser that accepts them; every page of the web app (web-routes.ts)
 * answered with index.html, and any other address with index.html and 404 (the app says "not found").
 * Each page's index.html lists its own scripts and texts as modulepreload links (route-preloads.ts), so they
 * download beside the entry script. A page of an entity kind with a `pagePath` (e.g. `/discussions/:id`) whose entity is visible gets
 * its title, excerpt and image as OpenGraph/Twitter meta, so a link pasted into a messenger
 * previews; every other page gets the site's own.
 */
async function serveWebApp(app: App, ctx: ModuleContext, methodsOf: (path: string) => string[], webDist: string): Promise<void> {
  const indexFile = path.join(webDist, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(
      publicRoutes(async (files) =>
        files.register(fastifyStatic, {
          root: webDist,
          index: false,
          preCompressed: true,
          setHeaders: (res, file) => {
            res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
          },
        }),
      ),
    );
  }
  // web/dist does not change while the server runs: the page is read once
  const template = hasWeb ? fs.readFileSync(indexFile, 'utf8') : '';
  const preloads = hasWeb ? readRoutePreloads(webDist) : null;
  const site = templateDefaults(template);
  const { publicUrl } = ctx.config;
  const pageKinds = ctx.entities.all().filter((k) => k.pagePath);

  const previewOf = async (req: FastifyRequest, pathname: string): Promise<{ meta: ShareMeta; documentTitle: string }> => {
    // the site's own name is the city's («Город» — Казань), as its administrator set it
    const siteTitle = t(req.lang, 'city.name');
    const fallback = {
      title: siteTitle,
      description: site.description,
      url: `${publicUrl}${pathname}`,
      image: `${publicUrl}/og-image.png`,
      siteName: siteTitle,
    };
    for (const kind of pageKinds) {
      const id = matchPagePath(kind.pagePath!, pathname);
      if (id === null) continue;
      try {
        const entity = (await kind.describe(ctx.database.db, [id])).get(id);
        if (entity?.visible) {
          const meta: ShareMeta = {
            ...fallback,
            title: titleIn(req.lang, entity),
            description: previewText(entity.excerpt) || site.description,
            image: entity.imagePath?.startsWith('/') ? `${publicUrl}${entity.imagePath}` : fallback.image,
            type: 'article',
          };
          return { meta, documentTitle: `${titleIn(req.lang, entity)} — ${siteTitle}` };
        }
      } catch (err) {
        // an id this kind cannot hold (e.g. not a uuid): the page is the SPA's "not found", with the site's preview
        req.log.debug({ err, type: kind.type }, 'no share preview for this page');
      }
      break;
    }
    return { meta: { ...fallback, type: 'website' }, documentTitle: siteTitle };
  };

  const sendIndex = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!hasWeb) return reply.status(503).type('text/plain; charset=utf-8').send(t(req.lang, 'error.web_not_built'));
    const pathname = req.url.split('?')[0] ?? '/';
    // an address that is no page of the web app: 404, still with the app, which says "page not found"
    const known = matchWebRoute(pathname) !== null || pageKinds.some((k) => matchPagePath(k.pagePath!, pathname) !== null);
    const { meta, documentTitle } = await previewOf(req, pathname);
    return reply
      .status(known ? 200 : 404)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(
        withPreloads(
          withShareMeta(template, meta, documentTitle),
          preloads ? preloadsFor(preloads, pathname, req.lang, Boolean(req.cookies[sessionCookieName])) : [],
        ),
      );
  };
  // the site's root is the SPA too (the static plugin does not list folders)
  app.get('/', { config: { policy: 'public' }, schema: { hide: true } }, sendIndex);
  app.setNotFoundHandler((req, reply) => {
    // API addresses and files (a name with an extension, e.g. an old lazy chunk after a deploy) are
    // real 404s; every other page address belongs to the SPA's router
    const pathname = req.url.split('?')[0] ?? '';
    // an API address called with a method it does not answer to: 405 saying which it does
    const allowed = pathname.startsWith('/api/') || pathname.startsWith('/open311/') ? methodsOf(pathname) : [];
    if (allowed.length > 0 && !allowed.includes(req.method)) {
      void reply.header('allow', allowed.join(', '));
      throw new AppError(405, 'method_not_allowed', { allowed: allowed.join(', ') });
    }
    if (pathname.startsWith('/api/') || pathname === '/api' || /\.[a-z0-9]+$/i.test(pathname) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      throw new AppError(404, 'not_found');
    }
    return sendIndex(req, reply);
  });
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../core/http/errors.js';
import { t, type Language } from '../../../core/i18n/i18n.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import {
  isOpen311Format,
  open311ContentType,
  renderOpen311,
  renderOpen311Errors,
  type Open311Error,
  type Open311Format,
  type Open311Value,
} from '../domain/open311-format.js';
import { pairsFromJson, readRequestsQuery, type FieldPairs } from '../domain/open311-request.js';
import { getOpen311Request, listOpen311Requests, readerKey, resolveOpen311Token } from '../use-cases/open311/requests.js';
import { getOpen311Service, listOpen311Services, open311Changeset } from '../use-cases/open311/services.js';
import { open311ProblemError, submitOpen311Request } from '../use-cases/open311/submit-request.js';
import { open311AdminRoutes } from './open311-admin-routes.js';
import {
  presentDiscovery,
  presentRequest,
  presentService,
  presentServiceDefinition,
  presentSubmitted,
  presentToken,
  type Open311Context,
} from './open311-presenters.js';

const formatParams = z.object({ format: z.string() });
type Query = Record<string, string | string[] | undefined>;

/** The format an address asks for (`….json` or `….xml`); XML, the spec's required format, for anything else. */
function formatOfUrl(url: string): Open311Format {
  return /\.json$/i.test(url.split('?')[0] ?? '') ? 'json' : 'xml';
}

/** Our field names → the spec's, so an error names what the client sent. */
function open311FieldName(field: string): string {
  const known: Record<string, string> = {
    reasonId: 'service_code',
    lon: 'long',
    mediaUrl: 'media_url',
    photoIds: 'media_url',
    address: 'address_string',
    'extra.phone': 'phone',
    'extra.contactEmail': 'email',
    'extra.contactName': 'first_name',
  };
  if (Object.hasOwn(known, field)) return known[field]!;
  if (field.startsWith('extra.')) return `attribute[${field.slice(6)}]`;
  // the input guard names a JSON body's nested attribute by its path (`attribute.toString`, `attribute.x.0`)
  const nested = /^attribute\.([^.]+)/.exec(field);
  return nested ? `attribute[${nested[1]}]` : field;
}

/**
 * One error's description, naming its field once: `name: message`, or the message alone when it names the field
 * itself (the app's shared messages for the input guard do: "description contains a character that cannot be stored").
 */
function fieldDescription(lang: Language, name: string, key: string, params: Record<string, string | number>): string {
  const namesField = t(lang, key, { ...params, field: '\u0000' }).includes('\u0000');
  const message = t(lang, key, { ...params, field: name });
  return namesField ? message : `${name}: ${message}`;
}

/** The HTTP status Open311 wants: 404 for what does not exist, 403 for keys, 400 for everything else a client did wrong. */
function open311StatusOf(status: number): number {
  if (status === 401) return 403;
  if (status === 403 || status === 404 || status === 429 || status >= 500) return status;
  return 400;
}

function sendErrors(reply: FastifyReply, format: Open311Format, status: number, errors: Open311Error[]) {
  return reply.status(status).type(open311ContentType[format]).header('access-control-allow-origin', '*').send(renderOpen311Errors(format, errors));
}

/** Filings a client may send a minute (per API key, or per address without one): generous for a bridge, a brake on a leaked key. */
export const open311PostsPerMinute = 120;

/** The api_key a POST carries (form, JSON or query string), for counting its requests. */
function postedApiKey(req: FastifyRequest): string | null {
  const body = req.body;
  const fromBody = body instanceof URLSearchParams ? body.get('api_key') : body && typeof body === 'object' ? (body as Record<string, unknown>).api_key : null;
  const fromQuery = (req.query as Query).api_key;
  const key = typeof fromBody === 'string' && fromBody ? fromBody : typeof fromQuery === 'string' ? fromQuery : null;
  return key ? key.slice(0, 200) : null;
}

/** Every failure under /open311/v2 in the spec's error format: `[{code, description}]` or `<errors><error>…</error></errors>`. */
function open311ErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const format = formatOfUrl(req.url);
  const lang = req.lang;
  if (err instanceof AppError) {
    const status = open311StatusOf(err.status);
    const fields = Object.entries(err.fields);
    const errors = fields.length
      ? fields.map(([f, m]) => ({ code: status, description: fieldDescription(lang, open311FieldName(f), m.key, { ...err.params, ...m.params }) }))
      : [{ code: status, description: t(lang, `error.${err.code}`, err.params) }];
    return sendErrors(reply, format, status, errors);
  }
  const clientError = (code: string, params: Record<string, string | number> = {}, status = 400) =>
    sendErrors(reply, format, status, [{ code: status, description: t(lang, `error.${code}`, params) }]);
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return clientError('open311_unsupported_media_type');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return clientError('open311_body_too_large');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return clientError('open311_malformed_body');
  }
  if (err.statusCode === 429)
    return clientError('open311_rate_limited', { seconds: Math.max(1, Math.ceil(Number(reply.getHeader('retry-after') ?? 60))) }, 429);
  if (err instanceof SyntaxError) return clientError('open311_malformed_body');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return clientError('open311_malformed_body');
  req.log.error({ err }, 'unhandled error in Open311');
  return sendErrors(reply, format, 500, [{ code: 500, description: t(lang, 'error.open311_internal', { requestId: String(req.id) }) }]);
}

/**
 * Open311 GeoReport v2 under /open311/v2/ (http://wiki.open311.org/GeoReport_v2): discovery,
 * services, service definitions, requests (GET and POST), one request, tokens — each as `.json` or
 * `.xml`. It lives in its own encapsulated plugin: errors take the spec's format, and a form-encoded
 * body parser (the spec's POST) exists only here. Nothing here uses the session cookie, so the app's
 * CSRF check never applies; POST is authenticated by `api_key` alone.
 */
export async function open311Routes(app: App, ctx: ModuleContext): Promise<void> {
  open311AdminRoutes(app, ctx);
  const jurisdiction = new URL(ctx.config.publicUrl).hostname.replace(/^www\./, '');
  const presenterContext = (req: FastifyRequest): Open311Context => ({ lang: req.lang, timeZone: ctx.config.cityTimezone, publicUrl: ctx.config.publicUrl });

  const formatOf = (req: FastifyRequest): Open311Format => {
    const f = (req.params as { format?: string }).format ?? '';
    if (!isOpen311Format(f)) throw new AppError(404, 'open311_not_found');
    return f;
  };
  // one jurisdiction is served: its id may be left out (the spec allows it), but a different one does not exist here
  const checkJurisdiction = (given: string | string[] | undefined) => {
    const value = Array.isArray(given) ? given[0] : given;
    if (value && value.trim() && value.trim().toLowerCase() !== jurisdiction)
      throw new AppError(404, 'open311_jurisdiction_not_found', { jurisdiction, given: value.trim().slice(0, 100) });
  };
  const send = (reply: FastifyReply, format: Open311Format, root: string, value: Open311Value, status = 200) =>
    reply
      .status(status)
      .type(open311ContentType[format])
      .header('access-control-allow-origin', '*')
      .send(renderOpen311(format, root, value));
  const schema = (summary: string, description?: string) => ({ tags: ['open311'], summary, ...(description ? { description } : {}), params: formatParams });

  await app.register(
    async (plugin: FastifyInstance) => {
      const scope = plugin as unknown as App;
      scope.setErrorHandler(open311ErrorHandler);
      // Who may call: anyone (every other address under /open311/v2 is a 404 in the spec's format; a
      // catch-all route, because the app's own not-found handler would answer in the app's format)
      scope.all('/*', { config: { policy: 'public' }, schema: { hide: true } }, async () => {
        throw new AppError(404, 'open311_not_found');
      });
      // JSON as written: a key such as `__proto__` stays an own key (JSON.parse never sets a prototype), so that the
      // input guard refuses it naming the field, instead of the app's parser refusing the whole body unread
      scope.removeContentTypeParser('application/json');
      scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch (err) {
          done(err as Error, undefined);
        }
      });
      // the spec's POST body; URLSearchParams decodes + and %XX as forms do
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
        done(null, new URLSearchParams(body as string));
      });

      // Who may call: anyone.
      scope.get('/discovery.:format', { config: { policy: 'public' }, schema: schema('Open311 service discovery') }, async (req, reply) => {
        const format = formatOf(req);
        return send(reply, format, 'discovery', presentDiscovery(presenterContext(req), await open311Changeset(ctx)));
      });

      // Who may call: anyone.
      scope.get(
        '/services.:format',
        { config: { policy: 'public' }, schema: schema('Open311 services: the reasons a report can be filed for') },
        async (req, reply) => {
          const format = formatOf(req);
          checkJurisdiction((req.query as Query).jurisdiction_id);
          const c = presenterContext(req);
          return send(
            reply,
            format,
            'services',
            (await listOpen311Services(ctx)).map((r) => presentService(c, r)),
          );
        },
      );

      // Who may call: anyone.
      scope.get(
        '/services/:code.:format',
        {
          config: { policy: 'public' },
          schema: { ...schema('Open311 service definition: the reason’s extra fields as attributes'), params: formatParams.extend({ code: z.string() }) },
        },
        async (req, reply) => {
          const format = formatOf(req);
          checkJurisdiction((req.query as Query).jurisdiction_id);
          const reason = await getOpen311Service(ctx, (req.params as { code: string }).code);
          return send(reply, format, 'service_definition', presentServiceDefinition(presenterContext(req), reason));
        },
      );

      // Who may call: anyone (public reports); with its api_key a client also sees the reports it filed that are not public yet.
      scope.get(
        '/requests.:format',
        {
          config: { policy: 'public' },
          schema: schema(
            'Open311 service requests',
            'Filters: service_request_id (comma list; overrides the others), service_code (comma list), start_date, end_date (W3C, at most 90 days apart; the last 90 days by default), status (open, closed). Newest first, at most 1,000.',
          ),
        },
        async (req, reply) => {
          const format = formatOf(req);
          const query = req.query as Query;
          checkJurisdiction(query.jurisdiction_id);
          const read = readRequestsQuery(query, new Date(), ctx.config.cityTimezone);
          if (!read.ok) throw open311ProblemError(read.problems);
          const keyId = await readerKey(ctx, typeof query.api_key === 'string' ? query.api_key : undefined);
          const c = presenterContext(req);
          return send(
            reply,
            format,
            'service_requests',
            (await listOpen311Requests(ctx, read.value, keyId)).map((r) => presentRequest(c, r)),
          );
        },
      );

      // Who may call: Open311 clients with a current API key (`api_key` in the form, or in the query string).
      scope.post(
        '/requests.:format',
        {
          // the API key is checked by the use case (canFileThroughOpen311): Open311 clients hold no session
          config: {
            policy: 'public',
            rateLimit: {
              max: open311PostsPerMinute,
              timeWindow: 60_000,
              keyGenerator: (req: FastifyRequest) => `open311.post|${postedApiKey(req) ?? `ip:${req.ip}`}`,
            },
          },
          schema: schema(
            'Open311: file a service request',
            'application/x-www-form-urlencoded as the spec says (JSON is accepted too). Answers with a token; GET tokens/{token} gives the service_request_id.',
          ),
        },
        async (req, reply) => {
          const format = formatOf(req);
          const body = req.body;
          let pairs: FieldPairs | null;
          if (body instanceof URLSearchParams) pairs = [...body.entries()];
          else if (body === undefined || body === null) pairs = [];
          else pairs = pairsFromJson(body);
          if (!pairs) throw new AppError(400, 'open311_malformed_body');
          const query = req.query as Query;
          checkJurisdiction(pairs.find(([k]) => k === 'jurisdiction_id')?.[1] ?? query.jurisdiction_id);
          const { token, reason } = await submitOpen311Request(ctx, pairs, typeof query.api_key === 'string' ? query.api_key : undefined);
          return send(reply, format, 'service_requests', presentSubmitted(presenterContext(req), token, reason));
        },
      );

      // Who may call: anyone (public reports); with its api_key a client also sees the reports it filed that are not public yet.
      scope.get(
        '/requests/:id.:format',
        { config: { policy: 'public' }, schema: { ...schema('Open311: one service request'), params: formatParams.extend({ id: z.string() }) } },
        async (req, reply) => {
          const format = formatOf(req);
          const query = req.query as Query;
          checkJurisdiction(query.jurisdiction_id);
          const keyId = await readerKey(ctx, typeof query.api_key === 'string' ? query.api_key : undefined);
          const row = await getOpen311Request(ctx, (req.params as { id: string }).id, keyId);
          return send(reply, format, 'service_requests', [presentRequest(presenterContext(req), row)]);
        },
      );

      // Who may call: anyone holding the token a POST returned.
      scope.get(
        '/tokens/:token.:format',
        {
          config: { policy: 'public' },
          schema: { ...schema('Open311: the service_request_id of a token'), params: formatParams.extend({ token: z.string() }) },
        },
        async (req, reply) => {
          const format = formatOf(req);
          checkJurisdiction((req.query as Query).jurisdiction_id);
          return send(reply, format, 'service_requests', presentToken(await resolveOpen311Token(ctx, (req.params as { token: string }).token)));
        },
      );
    },
    { prefix: '/open311/v2' },
  );
}

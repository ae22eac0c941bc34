import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { databaseFault } from '../db/errors.js';
import { hasMessage, t, type Language } from '../i18n/i18n.js';

/** The one error shape every JSON endpoint answers with. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/**
 * An expected failure with an HTTP status and a stable code. The message is looked up as
 * `error.<code>` in the request's language; `fields` maps field names to message keys + params.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly fields: Record<string, { key: string; params?: Record<string, string | number> }> = {},
  ) {
    super(code);
  }
}

/** 400 with one field named: the common case of a rule a schema cannot express. */
export function fieldError(field: string, key: string, params: Record<string, string | number> = {}, code = 'validation_failed'): AppError {
  return new AppError(400, code, {}, { [field]: { key, params } });
}

/**
 * A domain rule's refusal as an error: a 400 naming the field it concerns (message `error.<code>`, for the form), or a
 * 409 when it concerns no field (the state of things). Modules' pure rules return such problems.
 */
export function ruleError(problem: { code: string; field?: string | undefined; params?: Record<string, string | number> | undefined }): AppError {
  const params = problem.params ?? {};
  if (problem.field) return new AppError(400, problem.code, params, { [problem.field]: { key: `error.${problem.code}`, params } });
  return new AppError(409, problem.code, params);
}

/** The localized label of a field, e.g. `email` → «адрес электронной почты». */
export function fieldLabel(lang: Language, field: string): string {
  // a field inside a list (`accepted.0.dueOn`) is named as its last part
  const name = hasMessage(`field.name.${field}`) ? field : (field.split('.').at(-1) ?? field);
  return hasMessage(`field.name.${name}`) ? t(lang, `field.name.${name}`) : field;
}

/**
 * Runs a step whose 400s name fields of one item of a list (a rule another module checks, e.g. a commitment's
 * `dueOn`) and renames those fields to the item's path, e.g. `accepted.2.dueOn`, so the form marks the right one.
 */
export async function withFieldPrefix<T>(prefix: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof AppError) || !Object.keys(e.fields).length) throw e;
    throw new AppError(e.status, e.code, e.params, Object.fromEntries(Object.entries(e.fields).map(([f, m]) => [`${prefix}${f}`, m])));
  }
}

/** Turns zod issues into a field → localized message map. */
export function zodFields(lang: Language, issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || 'body';
    if (out[path]) continue;
    const field = fieldLabel(lang, path);
    out[path] = describeIssue(lang, issue, field);
  }
  return out;
}

function describeIssue(lang: Language, issue: z.core.$ZodIssue, field: string): string {
  // a schema's own message key (`.regex(re, { message: 'key' })`, `z.string({ error: 'key' })`) says it best, whatever
  // the check: a field whose generic label would mislead in this form names itself there
  if (issue.code !== 'custom' && hasMessage(issue.message)) return t(lang, issue.message, { field });
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t(lang, 'field.required', { field }) : t(lang, 'field.invalid_type', { field });
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? t(lang, 'field.required', { field }) : t(lang, 'field.too_short', { field, min: Number(issue.minimum) });
      }
      return t(lang, 'field.too_small_number', { field, min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t(lang, 'field.too_long', { field, max: Number(issue.maximum) })
        : t(lang, 'field.too_big_number', { field, max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t(lang, 'field.invalid_email', { field }) : t(lang, 'field.invalid_format', { field });
    case 'invalid_value':
      return t(lang, 'field.invalid_value', { field });
    case 'unrecognized_keys':
      return t(lang, 'field.unknown_keys', { keys: issue.keys.join(', ') });
    case 'custom':
      return hasMessage(issue.message) ? t(lang, issue.message, { field }) : t(lang, 'field.invalid', { field });
    default:
      return t(lang, 'field.invalid', { field });
  }
}

function send(reply: FastifyReply, status: number, lang: Language, code: string, params: Record<string, string | number>, fields?: Record<string, string>) {
  const body: ErrorBody = { error: { code, message: t(lang, `error.${code}`, params) } };
  if (fields && Object.keys(fields).length) body.error.fields = fields;
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** Installs the JSON error handler: every failure leaves as `{ error: { code, message, fields? } }`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const lang = request.lang;
    if (err instanceof AppError) {
      const fields = Object.fromEntries(Object.entries(err.fields).map(([f, m]) => [f, t(lang, m.key, { field: fieldLabel(lang, f), ...m.params })]));
      const params = { ...err.params };
      if (err.code === 'validation_failed' && !('details' in params)) params.details = Object.values(fields).join(' ');
      return send(reply, err.status, lang, err.code, params, fields);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      // the type provider flattens each zod issue into ajv's shape; put it back together, with the value that was
      // sent (so a value sent in the wrong form is not answered "fill in")
      const part = sentPart(request, (err as { validationContext?: string }).validationContext);
      const issues = err.validation.map((v) => {
        const path = v.instancePath.split('/').filter(Boolean);
        return { ...v.params, code: v.keyword, path, message: v.message, input: valueAt(part, path) } as unknown as z.core.$ZodIssue;
      });
      const fields = zodFields(lang, issues);
      return send(reply, 400, lang, 'validation_failed', { details: Object.values(fields).join(' ') }, fields);
    }
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, 400, lang, 'malformed_json', {});
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, 415, lang, 'unsupported_media_type', {});
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, 413, lang, 'payload_too_large', {});
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return send(reply, 400, lang, 'malformed_json', {});
    }
    if (err.statusCode === 429) {
      const seconds = Math.max(1, Math.ceil(Number(reply.getHeader('retry-after') ?? 60)));
      return send(reply, 429, lang, 'rate_limited', { seconds });
    }
    if (err instanceof SyntaxError) return send(reply, 400, lang, 'malformed_json', {});
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      request.log.info({ err }, 'client error');
      const code =
        { 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 413: 'payload_too_large', 415: 'unsupported_media_type' }[err.statusCode] ??
        'bad_request';
      return send(reply, err.statusCode, lang, code, {});
    }
    const fault = databaseFault(err);
    if (fault === 'unavailable') {
      request.log.warn({ err }, 'the database is unavailable');
      void reply.header('retry-after', '5');
      return send(reply, 503, lang, 'database_unavailable', {});
    }
    if (fault === 'data') {
      // a value beyond its column's range that the route's schema let through: still the caller's input, but the
      // schema should name the field (the route fuzz test fails on this answer)
      request.log.warn({ err }, 'the database refused a value the schema let through');
      return send(reply, 400, lang, 'invalid_input', {});
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, 500, lang, 'internal', { requestId: String(request.id) });
  });
}

/** The part of the request a validation error is about. */
function sentPart(request: FastifyRequest, context: string | undefined): unknown {
  if (context === 'body') return request.body;
  if (context === 'querystring') return request.query;
  if (context === 'params') return request.params;
  if (context === 'headers') return request.headers;
  return undefined;
}

/** The value at a path inside what was sent (undefined when it was not sent). */
function valueAt(root: unknown, path: readonly string[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../src/app.js';
import { describePolicy, needsSession } from '../src/core/http/route-policy.js';
import { appWithoutDatabase } from '../src/openapi.js';

/** Every route states who may call it (CONVENTIONS 16): the listing, and what a policy promises an anonymous caller. */
describe('routes and their policies', () => {
  let built: BuiltApp;
  beforeAll(async () => {
    built = await appWithoutDatabase();
  });
  afterAll(async () => {
    await built.app.close();
  });

  it('every route names its policy', () => {
    const listing = built.routes.map((r) => `${r.method.padEnd(6)} ${r.url}  →  ${describePolicy(r.policy)}`);
    const without = built.routes.filter((r) => r.policy === undefined).map((r) => `${r.method} ${r.url}`);
    expect(listing.length).toBeGreaterThan(200);
    expect(without, `routes without a policy:\n${without.join('\n')}`).toEqual([]);
  });

  it('a route whose policy needs a session answers an anonymous caller 401 before its handler runs', async () => {
    const guarded = built.routes.filter((r) => needsSession(r.policy));
    expect(guarded.length).toBeGreaterThan(50);
    for (const r of guarded) {
      const url = r.url.replace(/:([A-Za-z0-9_]+)/g, '1');
      const res = await built.app.inject({ method: r.method as 'GET', url, headers: { 'accept-language': 'en' } });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it('an address called with a method it does not take answers 405 naming the ones it does', async () => {
    const res = await built.app.inject({ method: 'DELETE', url: '/api/polls', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.json().error).toMatchObject({ code: 'method_not_allowed', message: 'This address does not accept this method. It accepts: GET, HEAD.' });
    const unknown = await built.app.inject({ method: 'DELETE', url: '/api/no-such-thing' });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('field names in messages', () => {
  it('every field a route takes has a label in Russian and English, so a message never names a raw field', async () => {
    const { appWithoutDatabase: build } = await import('../src/openapi.js');
    const { hasMessage } = await import('../src/core/i18n/i18n.js');
    const { z } = await import('zod');
    const built = await build();
    const missing = new Set<string>();
    type Json = { properties?: Record<string, Json>; items?: Json; anyOf?: Json[] };
    const walk = (s: Json | undefined, depth = 0) => {
      if (!s || depth > 8) return;
      for (const [name, sub] of Object.entries(s.properties ?? {})) {
        if (!hasMessage(`field.name.${name}`)) missing.add(name);
        walk(sub, depth + 1);
      }
      walk(s.items, depth + 1);
      for (const a of s.anyOf ?? []) walk(a, depth + 1);
    };
    for (const r of built.routes) {
      for (const part of [r.schema?.params, r.schema?.querystring, r.schema?.body]) {
        if (part && typeof part === 'object' && '_zod' in part) walk(z.toJSONSchema(part as never, { io: 'input', unrepresentable: 'any' }) as Json);
      }
    }
    await built.app.close();
    expect([...missing].sort(), 'add field.name.<field> in both languages').toEqual([]);
  });
});

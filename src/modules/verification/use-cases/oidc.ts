import { eq, lt } from 'drizzle-orm';
import * as client from 'openid-client';
import type { Config } from '../../../config.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { districts } from '../../../core/city/schema.js';
import { AppError } from '../../../core/http/errors.js';
import { startSession } from '../../accounts/index.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { Executor } from '../../../core/db/client.js';
import { isCalendarDate } from '../domain/identity.js';
import { oidcLinks, oidcStates } from '../db/schema.js';
import { canVerifySelf } from '../policy.js';
import { assertMethodEnabled, cityToday } from './common.js';
import { identityHash, recordVerification } from './record-verification.js';
import { verifiedResident } from './verified-resident.js';

/** True when the server knows its OpenID Connect provider (issuer, client id and secret). */
export function oidcConfigured(config: Config): boolean {
  return !!(config.oidcIssuer && config.oidcClientId && config.oidcClientSecret);
}

/** Where the provider sends the person back. */
export const oidcCallbackPath = '/api/verification/oidc/callback';

/** How long a started login may take at the provider. */
const stateTtlMs = 10 * 60_000;

const discovered = new WeakMap<Config, Promise<client.Configuration>>();

/** The provider's configuration from its discovery document (fetched once per server; again after a failure). */
async function providerConfig(config: Config): Promise<client.Configuration> {
  let p = discovered.get(config);
  if (!p) {
    const issuer = new URL(config.oidcIssuer!);
    // plain http only for a provider on this machine (development and tests)
    const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    p = client.discovery(issuer, config.oidcClientId!, undefined, client.ClientSecretBasic(config.oidcClientSecret!), local ? { execute: [client.allowInsecureRequests] } : undefined);
    discovered.set(config, p);
    p.catch(() => discovered.delete(config));
  }
  return p;
}

/** A path on this site to return to (never another site). */
export function safeReturnPath(value: string | undefined, fallback = '/profile/verification'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\r\n]/.test(value)) return fallback;
  return value;
}

/**
 * Starts "verify my account at the identity provider": stores state, nonce and the PKCE verifier, and
 * answers the provider's authorization address (authorization code flow with PKCE S256).
 */
export async function startOidcVerification(ctx: ModuleContext, actor: Actor, returnTo: string | undefined, now = new Date()): Promise<{ url: URL; state: string }> {
  authorize(canVerifySelf(actor));
  if (actor.kind !== 'user') throw new Error('unreachable');
  if (await verifiedResident(ctx.database.db, actor.userId)) throw new AppError(409, 'already_verified');
  return startOidc(ctx, actor.userId, safeReturnPath(returnTo), now);
}

/**
 * Starts "sign in with the identity provider" (anyone): after the provider, the account linked to
 * that identity (by an earlier verification through it) is signed in.
 */
export async function startOidcSignIn(ctx: ModuleContext, returnTo: string | undefined, now = new Date()): Promise<{ url: URL; state: string }> {
  return startOidc(ctx, null, safeReturnPath(returnTo, '/'), now);
}

async function startOidc(ctx: ModuleContext, userId: string | null, returnTo: string, now: Date): Promise<{ url: URL; state: string }> {
  const db = ctx.database.db;
  if (!oidcConfigured(ctx.config)) throw new AppError(409, 'verification_oidc_not_configured');
  await assertMethodEnabled(db, 'oidc');
  let cfg: client.Configuration;
  try {
    cfg = await providerConfig(ctx.config);
  } catch (err) {
    ctx.log.warn({ err }, 'OpenID Connect discovery failed');
    throw new AppError(502, 'verification_oidc_failed', { details: 'the provider does not answer' });
  }
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  await db.delete(oidcStates).where(lt(oidcStates.expiresAt, now));
  await db.insert(oidcStates).values({ state, nonce, codeVerifier, userId, returnTo, expiresAt: new Date(now.getTime() + stateTtlMs) });
  const url = client.buildAuthorizationUrl(cfg, {
    redirect_uri: `${ctx.config.publicUrl}${oidcCallbackPath}`,
    scope: 'openid profile',
    response_type: 'code',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, state };
}

export interface OidcOutcome {
  /** Where to send the browser: the page the person came from, with `verification=oidc` or `verificationError=<code>`. */
  redirectTo: string;
  /** Set when the person signed in with the provider: the session cookie to set. */
  session?: { token: string; expiresAt: Date };
}

const withParam = (path: string, key: string, value: string) => `${path}${path.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;

/**
 * The provider sent the person back: checks state, PKCE and nonce, reads `sub`, `birthdate` and the
 * district claim (ID token, then userinfo), and verifies the account that started the flow. The state
 * is single-use. The subject is stored only as a keyed hash (oidc_links) and is the verification's identity.
 */
export async function finishOidc(ctx: ModuleContext, actor: Actor, currentUrl: URL, browserState: string | undefined, now = new Date()): Promise<OidcOutcome> {
  const db = ctx.database.db;
  const stateParam = currentUrl.searchParams.get('state') ?? '';
  // the state must come back to the browser that started the flow (its cookie), so nobody can make
  // another person's browser finish their login; a verification must return to the account that asked
  if (!stateParam || stateParam !== browserState) return { redirectTo: withParam('/profile/verification', 'verificationError', 'oidc_state') };
  const [pending] = await db.delete(oidcStates).where(eq(oidcStates.state, stateParam)).returning();
  if (!pending || pending.expiresAt <= now || (pending.userId && (actor.kind !== 'user' || actor.userId !== pending.userId))) return { redirectTo: withParam('/profile/verification', 'verificationError', 'oidc_state') };
  const back = pending.returnTo ?? '/profile/verification';
  const userId = pending.userId;
  const failedAt = userId ? back : '/login';
  let claims: Record<string, unknown>;
  try {
    const cfg = await providerConfig(ctx.config);
    // the address the provider called, as the provider saw it (behind a proxy the request URL is internal)
    const callback = new URL(`${ctx.config.publicUrl}${oidcCallbackPath}${currentUrl.search}`);
    const tokens = await client.authorizationCodeGrant(cfg, callback, { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
    const idClaims = tokens.claims()!;
    claims = { ...idClaims };
    if (!(claims.birthdate && claims[ctx.config.oidcDistrictClaim])) {
      const info = await client.fetchUserInfo(cfg, tokens.access_token, idClaims.sub);
      claims = { ...info, ...claims };
    }
  } catch (err) {
    if (currentUrl.searchParams.get('error') === 'access_denied') return { redirectTo: withParam(failedAt, 'verificationError', 'oidc_denied') };
    ctx.log.warn({ err }, 'OpenID Connect callback failed');
    return { redirectTo: withParam(failedAt, 'verificationError', 'oidc_failed') };
  }
  const subjectOf = (tx: Executor) => identityHash(tx, 'oidc', `${ctx.config.oidcIssuer} ${String(claims.sub)}`);
  if (!userId) {
    // sign-in: the account this identity was linked to by verifying through the provider
    const subjectHash = await db.transaction((tx) => subjectOf(tx));
    const [link] = await db.select({ userId: oidcLinks.userId }).from(oidcLinks).where(eq(oidcLinks.subjectHash, subjectHash)).limit(1);
    if (!link) return { redirectTo: withParam('/login', 'verificationError', 'oidc_not_linked') };
    const session = await startSession(db, link.userId, undefined);
    return { redirectTo: back, session: { token: session.token, expiresAt: session.expiresAt } };
  }
  const birthRaw = typeof claims.birthdate === 'string' ? claims.birthdate : null;
  const birthDate = birthRaw && isCalendarDate(birthRaw) && birthRaw <= cityToday(ctx.config.cityTimezone, now) ? birthRaw : null;
  const districtRaw = claims[ctx.config.oidcDistrictClaim];
  try {
    await db.transaction(async (tx) => {
      await assertMethodEnabled(tx, 'oidc');
      const [district] = typeof districtRaw === 'string' ? await tx.select({ id: districts.id }).from(districts).where(eq(districts.id, districtRaw.toLowerCase())).limit(1) : [];
      const subjectHash = await subjectOf(tx);
      await recordVerification(tx, { userId, method: 'oidc', identityHash: subjectHash, districtId: district?.id ?? null, birthDate, verifiedBy: null, actorId: userId });
      await tx.insert(oidcLinks).values({ subjectHash, userId, linkedAt: now }).onConflictDoUpdate({ target: oidcLinks.subjectHash, set: { userId, linkedAt: now } });
    });
  } catch (err) {
    if (err instanceof AppError) return { redirectTo: withParam(back, 'verificationError', err.code) };
    throw err;
  }
  return { redirectTo: withParam(back, 'verification', 'oidc') };
}

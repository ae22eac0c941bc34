import { eq, lt } from 'drizzle-orm';
import * as client from 'openid-client';
import type { Config } from '../../../config.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { districts } from '../../../core/city/schema.js';
import { AppError } from '../../../core/http/errors.js';
import { createProviderAccount, startSession } from '../../accounts/index.js';
import type { Language } from '../../../core/i18n/i18n.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { Executor } from '../../../core/db/client.js';
import { isCalendarDate } from '../domain/identity.js';
import { oidcLinks, oidcStates } from '../db/schema.js';
import { canVerifyAccount, canVerifySelf } from '../policy.js';
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
    p = client.discovery(
      issuer,
      config.oidcClientId!,
      undefined,
      client.ClientSecretBasic(config.oidcClientSecret!),
      local ? { execute: [client.allowInsecureRequests] } : undefined,
    );
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
export async function startOidcVerification(
  ctx: ModuleContext,
  actor: Actor,
  returnTo: string | undefined,
  now = new Date(),
): Promise<{ url: URL; state: string }> {
  authorize(actor, canVerifySelf(actor));
  authorize(canVerifyAccount({ accountVerified: (await verifiedResident(ctx.database.db, actor.userId)) !== null }));
  return startOidc(ctx, actor.userId, safeReturnPath(returnTo), now);
}

/**
 * Starts "sign in with the identity provider" (anyone): after the provider, the account linked to
 * that identity is signed in, or a new verified account is made for it (see `signInWithProvider`).
 */
export async function startOidcSignIn(ctx: ModuleContext, returnTo: string | undefined, now = new Date()): Promise<{ url: URL; state: string }> {
  return startOidc(ctx, null, safeReturnPath(returnTo, '/'), now);
}

async function startOidc(ctx: ModuleContext, userId: string | null, returnTo: string, now: Date): Promise<{ url: URL; state: string }> {
  const db = ctx.database.db;
  await assertMethodEnabled(db, 'oidc', oidcConfigured(ctx.config));
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
    // the e-mail only when signing in (a new account needs it), not to verify an existing account
    scope: userId ? 'openid profile' : 'openid profile email',
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
export async function finishOidc(
  ctx: ModuleContext,
  actor: Actor,
  currentUrl: URL,
  browserState: string | undefined,
  language: Language,
  now = new Date(),
): Promise<OidcOutcome> {
  const db = ctx.database.db;
  const stateParam = currentUrl.searchParams.get('state') ?? '';
  // the state must come back to the browser that started the flow (its cookie), so nobody can make
  // another person's browser finish their login; a verification must return to the account that asked
  if (!stateParam || stateParam !== browserState) return { redirectTo: withParam('/profile/verification', 'verificationError', 'oidc_state') };
  const [pending] = await db.delete(oidcStates).where(eq(oidcStates.state, stateParam)).returning();
  if (!pending || pending.expiresAt <= now || (pending.userId && (actor.kind !== 'user' || actor.userId !== pending.userId)))
    return { redirectTo: withParam('/profile/verification', 'verificationError', 'oidc_state') };
  const back = pending.returnTo ?? '/profile/verification';
  const userId = pending.userId;
  const failedAt = userId ? back : '/login';
  let claims: Record<string, unknown>;
  try {
    const cfg = await providerConfig(ctx.config);
    // the address the provider called, as the provider saw it (behind a proxy the request URL is internal)
    const callback = new URL(`${ctx.config.publicUrl}${oidcCallbackPath}${currentUrl.search}`);
    const tokens = await client.authorizationCodeGrant(cfg, callback, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    claims = { ...idClaims };
    if (!(claims.birthdate && claims[ctx.config.oidcDistrictClaim]) || (!userId && !claims.email)) {
      const info = await client.fetchUserInfo(cfg, tokens.access_token, idClaims.sub);
      claims = { ...info, ...claims };
    }
  } catch (err) {
    if (currentUrl.searchParams.get('error') === 'access_denied') return { redirectTo: withParam(failedAt, 'verificationError', 'oidc_denied') };
    ctx.log.warn({ err }, 'OpenID Connect callback failed');
    return { redirectTo: withParam(failedAt, 'verificationError', 'oidc_failed') };
  }
  if (!userId) return signInWithProvider(ctx, claims, back, language, now);
  try {
    await db.transaction(async (tx) => {
      await assertMethodEnabled(tx, 'oidc');
      await verifyWithClaims(ctx, tx, userId, claims, now);
    });
  } catch (err) {
    if (err instanceof AppError) return { redirectTo: withParam(back, 'verificationError', err.code) };
    throw err;
  }
  return { redirectTo: withParam(back, 'verification', 'oidc') };
}

/** The keyed hash of the provider's subject (the verification's identity and the sign-in link). */
const subjectHashOf = (ctx: ModuleContext, tx: Executor, claims: Record<string, unknown>) =>
  identityHash(tx, 'oidc', `${ctx.config.oidcIssuer} ${String(claims.sub)}`);

/** Verifies an account with the birth date and district the provider vouches for, and links the subject to it (caller's transaction). */
async function verifyWithClaims(ctx: ModuleContext, tx: Executor, userId: string, claims: Record<string, unknown>, now: Date): Promise<void> {
  const birthRaw = typeof claims.birthdate === 'string' ? claims.birthdate : null;
  const birthDate = birthRaw && isCalendarDate(birthRaw) && birthRaw <= cityToday(ctx.config.cityTimezone, now) ? birthRaw : null;
  const districtRaw = claims[ctx.config.oidcDistrictClaim];
  const [district] =
    typeof districtRaw === 'string' ? await tx.select({ id: districts.id }).from(districts).where(eq(districts.id, districtRaw.toLowerCase())).limit(1) : [];
  const subjectHash = await subjectHashOf(ctx, tx, claims);
  await recordVerification(tx, {
    userId,
    method: 'oidc',
    identityHash: subjectHash,
    districtId: district?.id ?? null,
    birthDate,
    verifiedBy: null,
    actorId: userId,
    timeZone: ctx.config.cityTimezone,
  });
  await tx
    .insert(oidcLinks)
    .values({ subjectHash, userId, linkedAt: now })
    .onConflictDoUpdate({ target: oidcLinks.subjectHash, set: { userId, linkedAt: now } });
}

/** The address the provider vouches for (`email_verified`), or null. */
function verifiedEmail(claims: Record<string, unknown>): string | null {
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  const vouched = claims.email_verified === true || claims.email_verified === 'true';
  return vouched && email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

/** The person's name as the provider gives it, else the e-mail's local part. */
function nameFromClaims(claims: Record<string, unknown>, email: string): string {
  const str = (k: string) => (typeof claims[k] === 'string' ? (claims[k] as string).trim() : '');
  return str('name') || [str('given_name'), str('family_name')].filter(Boolean).join(' ') || email.split('@')[0]!;
}

/**
 * Sign-in: the account the subject is linked to; for a subject not linked yet, a new account with the
 * e-mail the provider vouches for, verified through the provider in the same transaction (audited).
 * An e-mail that already has an account is never taken over: the person signs in with their password
 * and verifies from their profile (`oidc_email_taken`); without a vouched e-mail: `oidc_email_unverified`.
 */
async function signInWithProvider(ctx: ModuleContext, claims: Record<string, unknown>, back: string, language: Language, now: Date): Promise<OidcOutcome> {
  const db = ctx.database.db;
  const subjectHash = await db.transaction((tx) => subjectHashOf(ctx, tx, claims));
  const [link] = await db.select({ userId: oidcLinks.userId }).from(oidcLinks).where(eq(oidcLinks.subjectHash, subjectHash)).limit(1);
  if (link) {
    const session = await startSession(db, link.userId, undefined);
    return { redirectTo: back, session: { token: session.token, expiresAt: session.expiresAt } };
  }
  const email = verifiedEmail(claims);
  if (!email) return { redirectTo: withParam('/login', 'verificationError', 'oidc_email_unverified') };
  try {
    const userId = await db.transaction(async (tx) => {
      await assertMethodEnabled(tx, 'oidc');
      const created = await createProviderAccount(tx, { email, displayName: nameFromClaims(claims, email), language, via: 'oidc' });
      if (!created.ok) throw new AppError(409, 'oidc_email_taken');
      await verifyWithClaims(ctx, tx, created.userId, claims, now);
      return created.userId;
    });
    const session = await startSession(db, userId, undefined);
    return { redirectTo: withParam(back, 'verification', 'oidc'), session: { token: session.token, expiresAt: session.expiresAt } };
  } catch (err) {
    if (err instanceof AppError) return { redirectTo: withParam('/login', 'verificationError', err.code) };
    throw err;
  }
}

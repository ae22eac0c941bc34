import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { canVerifySelf } from '../policy.js';
import { sessionCookieName, sessionTtlMs } from '../../accounts/index.js';
import { AppError } from '../../../core/http/errors.js';
import { finishOidc, oidcCallbackPath, safeReturnPath, startOidcSignIn, startOidcVerification } from '../use-cases/oidc.js';

/** A browser navigating (not the API client): it asks for HTML first. */
const wantsPage = (req: FastifyRequest) => /^text\/html/.test(req.headers.accept ?? '');
const backWithError = (path: string, code: string) => `${path}${path.includes('?') ? '&' : '?'}verificationError=${encodeURIComponent(code)}`;

/** Binds a started login to the browser that started it (checked at the callback). */
const stateCookie = 'gorod_oidc_state';

export function oidcRoutes(app: App, ctx: ModuleContext): void {
  const setStateCookie = (reply: FastifyReply, state: string) =>
    reply.setCookie(stateCookie, state, { path: '/api/verification/oidc', httpOnly: true, sameSite: 'lax', secure: ctx.config.cookieSecure, maxAge: 600 });

  // Who may call: signed-in people with a confirmed e-mail, not yet verified, while the city offers it. Redirects to the provider.
  app.get(
    '/api/verification/oidc/start',
    {
      config: { ...perUserRateLimit(20, 15), policy: canVerifySelf },
      schema: {
        tags: ['verification'],
        summary: 'Verify my account at the OpenID Connect provider (redirect)',
        querystring: z.object({ returnTo: z.string().max(500).optional() }),
        response: { 302: z.null() },
      },
    },
    async (req, reply) => {
      try {
        const { url, state } = await startOidcVerification(ctx, req.actor, req.query.returnTo);
        setStateCookie(reply, state);
        return reply.redirect(url.href, 302);
      } catch (err) {
        // a browser following the page's link goes back to the page, which says what went wrong
        if (err instanceof AppError && wantsPage(req)) return reply.redirect(backWithError(safeReturnPath(req.query.returnTo), err.code), 302);
        throw err;
      }
    },
  );

  // Who may call: anyone, while the city offers the provider. Redirects to the provider; back here, the linked account (or a new verified one) is signed in.
  app.get(
    '/api/verification/oidc/signin',
    {
      config: { rateLimit: { max: 30, timeWindow: 15 * 60_000 }, policy: 'public' },
      schema: {
        tags: ['verification'],
        summary: 'Sign in with the OpenID Connect provider (redirect)',
        querystring: z.object({ returnTo: z.string().max(500).optional() }),
        response: { 302: z.null() },
      },
    },
    async (req, reply) => {
      try {
        const { url, state } = await startOidcSignIn(ctx, req.query.returnTo);
        setStateCookie(reply, state);
        return reply.redirect(url.href, 302);
      } catch (err) {
        if (err instanceof AppError && wantsPage(req)) return reply.redirect(backWithError('/login', err.code), 302);
        throw err;
      }
    },
  );

  // Who may call: the provider's redirect of the person's browser (the single-use state says whose flow it is).
  app.get(
    oidcCallbackPath,
    {
      config: { rateLimit: { max: 60, timeWindow: 15 * 60_000 }, policy: 'public' },
      schema: {
        tags: ['verification'],
        summary: 'Where the OpenID Connect provider returns (redirects back to the page)',
        // what OpenID Connect sends back (RFC 6749 4.1.2, 4.1.2.1; RFC 9207); anything else a provider adds is ignored
        querystring: z
          .object({
            code: z.string().max(4000).optional(),
            state: z.string().max(500).optional(),
            iss: z.string().max(500).optional(),
            session_state: z.string().max(500).optional(),
            error: z.string().max(200).optional(),
            error_description: z.string().max(2000).optional(),
            error_uri: z.string().max(2000).optional(),
          })
          .loose(),
        response: { 302: z.null() },
      },
    },
    async (req, reply) => {
      const { redirectTo, session } = await finishOidc(ctx, req.actor, new URL(req.url, ctx.config.publicUrl), req.cookies[stateCookie], req.lang);
      reply.clearCookie(stateCookie, { path: '/api/verification/oidc' });
      if (session)
        reply.setCookie(sessionCookieName, session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: ctx.config.cookieSecure,
          maxAge: sessionTtlMs / 1000,
        });
      return reply.redirect(redirectTo, 302);
    },
  );
}

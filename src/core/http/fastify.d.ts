import type { Actor } from '../auth/actor.js';
import type { Language } from '../i18n/i18n.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Language of the answer: the user's setting, else Accept-Language, else the city's default. */
    lang: Language;
    /** Who is calling; anonymous when no valid credential was sent. */
    actor: Actor;
    /** The CSRF token of the cookie session that authenticated this request, if any. */
    csrfToken: string | undefined;
  }
}

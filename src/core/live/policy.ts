import type { UserActor } from '../auth/actor.js';
import { allow, signedIn } from '../auth/decision.js';

/**
 * Who may open a live stream: any signed-in person, for their own events only (the stream is keyed by the session's
 * person; nothing names another).
 */
export const canListenLive = signedIn(function canListenLive(_actor: UserActor) {
  return allow;
});

import type { Actor } from '../../core/auth/actor.js';
import { allow, deny, type Decision } from '../../core/auth/decision.js';

/** What the rules need to know about the API key an Open311 client sent. */
export interface ApiKeyFacts {
  /** Whether the request carried an `api_key` at all. */
  sent: boolean;
  /** The key it names, when one matches; null when none does. */
  key: { revokedAt: Date | null } | null;
}

/**
 * Who may file a report through Open311 (POST Service Request): a client with a current API key.
 * The denial becomes the spec's 403 ("Missing or Invalid API Key").
 */
export function canFileThroughOpen311(k: ApiKeyFacts): Decision {
  if (!k.sent) return deny('open311_api_key_missing');
  if (!k.key) return deny('open311_api_key_invalid');
  if (k.key.revokedAt) return deny('open311_api_key_revoked');
  return allow;
}

/** Who may list, create and revoke Open311 API keys: city administrators (the CLI is the operator's, outside this rule). */
export function canManageApiKeys(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return actor.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city') ? allow : deny('not_administrator');
}

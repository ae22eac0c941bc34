import { allow, deny, signedIn, type Decision } from '../../core/auth/decision.js';

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

/**
 * Which reasons a client may file through Open311: those that do not need a verified account, since a client
 * cannot vouch for who the resident is (403).
 */
export function canFileReasonThroughOpen311(reason: { verifiedRequired: boolean }): Decision {
  return reason.verifiedRequired ? deny('report_verified_required') : allow;
}

/** Who may list, create and revoke Open311 API keys: city administrators (the CLI is the operator's, outside this rule). */
export const canManageApiKeys = signedIn(function canManageApiKeys(actor) {
  return actor.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city') ? allow : deny('not_administrator');
});

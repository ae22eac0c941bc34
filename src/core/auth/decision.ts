/** What a policy rule returns: allowed, or denied with a reason code that becomes a localized 403. */
export type Decision = { allowed: true } | { allowed: false; reason: string };

export const allow: Decision = { allowed: true };
export const deny = (reason: string): Decision => ({ allowed: false, reason });

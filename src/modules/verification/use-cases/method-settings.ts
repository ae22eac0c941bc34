import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { verificationMethodSettings, verificationMethods, type VerificationMethod } from '../db/schema.js';
import { canAdministerVerification, canSwitchMethod } from '../policy.js';
import { oidcConfigured } from './oidc.js';

export interface MethodSetting {
  method: VerificationMethod;
  enabled: boolean;
  /** False when the server lacks what the method needs (OpenID Connect without OIDC_ISSUER…). */
  configured: boolean;
  /** How SMS codes leave: `provider` (SMS_URL) or `files` (DATA_DIR/sms/). Null for other methods. */
  delivery: 'provider' | 'files' | null;
  updatedAt: Date | null;
}

/** Every method with whether it is on (a missing row means off). */
export async function methodSettings(ctx: ModuleContext, actor: Actor): Promise<MethodSetting[]> {
  authorize(actor, canAdministerVerification(actor));
  const rows = await ctx.database.db.select().from(verificationMethodSettings);
  const byMethod = new Map(rows.map((r) => [r.method, r]));
  return verificationMethods.map((method) => ({
    method,
    enabled: byMethod.get(method)?.enabled ?? false,
    configured: method !== 'oidc' || oidcConfigured(ctx.config),
    delivery: method === 'sms' ? (ctx.config.smsUrl ? 'provider' : 'files') : null,
    updatedAt: byMethod.get(method)?.updatedAt ?? null,
  }));
}

/** Switches a method on or off (audited). OpenID Connect cannot be switched on before it is configured (409). */
export async function setMethodEnabled(ctx: ModuleContext, actor: Actor, method: VerificationMethod, enabled: boolean): Promise<MethodSetting[]> {
  authorize(actor, canAdministerVerification(actor));
  authorize(canSwitchMethod({ enabling: enabled, configured: method !== 'oidc' || oidcConfigured(ctx.config) }));
  const actorId = actor.userId;
  await ctx.database.db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .insert(verificationMethodSettings)
      .values({ method, enabled, updatedBy: actorId, updatedAt: now })
      .onConflictDoUpdate({ target: verificationMethodSettings.method, set: { enabled, updatedBy: actorId, updatedAt: now } });
    await appendAudit(tx, { actorId, action: 'verification.method_changed', subjectType: 'verification_method', subjectId: method, data: { method, enabled } });
  });
  return methodSettings(ctx, actor);
}

/** The demo city offers in-person, register and SMS verification (kept as an administrator left them). */
export async function seedDemoMethods(ctx: ModuleContext): Promise<void> {
  await ctx.database.db
    .insert(verificationMethodSettings)
    .values((['in_person', 'register', 'sms'] as const).map((method) => ({ method, enabled: true })))
    .onConflictDoNothing();
}

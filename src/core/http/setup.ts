import { citySettings } from '../city/schema.js';
import { t, type Language } from '../i18n/i18n.js';
import type { GorodModule, ModuleContext, ReadinessCheck } from '../module/module.js';

/** The kernel's own checks: where mail goes and the address links in it start with. */
function siteReadiness(ctx: ModuleContext): ReadinessCheck[] {
  return [
    { id: 'site.mail', state: ctx.config.smtpUrl ? 'ok' : 'advice' },
    { id: 'site.publicUrl', state: /^https:\/\//.test(ctx.config.publicUrl) ? 'ok' : 'advice', params: { url: ctx.config.publicUrl } },
  ];
}

/** One check in words: `readiness.<id>.title` and `readiness.<id>.<state>[.<step>]`, placeholders in the language. */
function describe(check: ReadinessCheck, lang: Language) {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(check.params ?? {})) params[k] = typeof v === 'object' ? v[lang] : v;
  const step = typeof params.step === 'string' ? `.${params.step}` : '';
  return {
    id: check.id,
    state: check.state,
    title: t(lang, `readiness.${check.id}.title`),
    detail: t(lang, `readiness.${check.id}.${check.state}${step}`, params),
    fix: check.fix ?? null,
  };
}

/**
 * The setup checklist: every module's readiness checks in module order, then the kernel's; ready when none is missing.
 */
export async function setupStatus(ctx: ModuleContext, modules: GorodModule[], lang: Language) {
  const checks: ReadinessCheck[] = [];
  for (const m of modules) if (m.readiness) checks.push(...(await m.readiness(ctx)));
  checks.push(...siteReadiness(ctx));
  const [row] = await ctx.database.db.select({ completedAt: citySettings.setupCompletedAt }).from(citySettings).limit(1);
  return {
    ready: checks.every((c) => c.state !== 'missing'),
    completedAt: row?.completedAt?.toISOString() ?? null,
    checks: checks.map((c) => describe(c, lang)),
  };
}

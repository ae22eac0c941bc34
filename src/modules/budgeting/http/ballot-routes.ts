import type { App, ModuleContext } from '../../../core/module/module.js';

/** Ballots, receipts, tallies, results, overrides, ballot files (helper B). */
export function ballotRoutes(_app: App, _ctx: ModuleContext): void {}

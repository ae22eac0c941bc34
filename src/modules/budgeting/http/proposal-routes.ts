import type { App, ModuleContext } from '../../../core/module/module.js';

/** Proposals, supports, photos, expert review and merge (helper C). */
export function proposalRoutes(_app: App, _ctx: ModuleContext): void {}

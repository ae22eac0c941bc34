import type { App, ModuleContext } from '../../../core/module/module.js';

/** The public map, lists, open data and statistics. */
export function publicDataRoutes(_app: App, _ctx: ModuleContext): void {}

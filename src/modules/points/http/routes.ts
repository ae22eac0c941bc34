import type { App, ModuleContext } from '../../../core/module/module.js';

/** Points, levels, badges and rewards (being built). */
export function pointsRoutes(_app: App, _ctx: ModuleContext): void {}

import type { App, ModuleContext } from '../../../core/module/module.js';

/** Cycles, headings, phases (helper C). */
export function cycleRoutes(_app: App, _ctx: ModuleContext): void {}

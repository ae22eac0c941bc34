import type { App, ModuleContext } from '../../../core/module/module.js';

/** The budget for citizens (helper W). */
export function cityBudgetRoutes(_app: App, _ctx: ModuleContext): void {}

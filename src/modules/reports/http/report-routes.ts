import type { App, ModuleContext } from '../../../core/module/module.js';

/** Filing, the lifecycle, residents', officials' and moderators' views. */
export function reportRoutes(_app: App, _ctx: ModuleContext): void {}

import type { App, ModuleContext } from '../../../core/module/module.js';

/** Implementation tracking (helper W). */
export function workRoutes(_app: App, _ctx: ModuleContext): void {}

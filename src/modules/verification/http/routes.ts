import type { App, ModuleContext } from '../../../core/module/module.js';

/** Verification routes (helper V fills this in). */
export function verificationRoutes(_app: App, _ctx: ModuleContext): void {}

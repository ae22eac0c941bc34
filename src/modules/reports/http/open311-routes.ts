import type { App, ModuleContext } from '../../../core/module/module.js';

/** Open311 GeoReport v2 under /open311/v2/. */
export async function open311Routes(_app: App, _ctx: ModuleContext): Promise<void> {}

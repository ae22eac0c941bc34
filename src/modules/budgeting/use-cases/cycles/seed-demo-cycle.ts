import type { ModuleContext, Progress } from '../../../../core/module/module.js';

/** The demo city's current cycle (helper C). */
export async function seedDemoCycle(_ctx: ModuleContext, _progress: Progress): Promise<void> {}

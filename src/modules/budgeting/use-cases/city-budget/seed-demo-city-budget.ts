import type { ModuleContext, Progress } from '../../../../core/module/module.js';

/** The demo city's illustrative budget (helper W). */
export async function seedDemoCityBudget(_ctx: ModuleContext, _progress: Progress): Promise<void> {}

import type { ModuleContext, Progress } from '../../../../core/module/module.js';

/** Demo city: reports in every state. */
export async function seedDemoReports(_ctx: ModuleContext, _progress: Progress): Promise<void> {}

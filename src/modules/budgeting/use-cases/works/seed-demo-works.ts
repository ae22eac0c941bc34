import type { ModuleContext, Progress } from '../../../../core/module/module.js';

/** Works for the demo's winners (helper W). */
export async function seedDemoWorks(_ctx: ModuleContext, _progress: Progress): Promise<void> {}

import type { ModuleContext, Progress } from '../../../../core/module/module.js';

/** A finished real election imported from data/pabulib for the demo (helper B). */
export async function seedDemoImported(_ctx: ModuleContext, _progress: Progress): Promise<void> {}

import type { ModuleContext, Progress } from '../../../../core/module/module.js';

/** Demo city: the real classifier, routing rules, rejection reasons, answer templates. */
export async function seedClassifier(_ctx: ModuleContext, _progress: Progress): Promise<void> {}

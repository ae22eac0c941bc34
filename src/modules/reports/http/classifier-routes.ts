import type { App, ModuleContext } from '../../../core/module/module.js';

/** Classifier, routing rules, dictionaries: public reading and administrators' editing. */
export function classifierRoutes(_app: App, _ctx: ModuleContext): void {}

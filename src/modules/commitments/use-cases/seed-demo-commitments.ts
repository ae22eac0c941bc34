import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { markOverdueCommitments } from './mark-overdue.js';

/**
 * The demo's commitments are made by the sources' own seeds (an answered initiative records one, due long ago);
 * this marks those already overdue at once, as the daily job would at the next midnight. Idempotent.
 */
export async function seedDemoCommitments(ctx: ModuleContext, progress: Progress): Promise<void> {
  const marked = await markOverdueCommitments(ctx);
  if (marked) progress(`Demo commitments: ${marked} marked overdue`);
}

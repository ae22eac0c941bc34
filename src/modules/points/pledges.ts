import type { Decision } from '../../core/auth/decision.js';
import type { Executor } from '../../core/db/client.js';

/** A pledge of points a donation reward's redemption records for the entity it names. */
export interface Pledge {
  redemptionId: string;
  points: number;
}

/**
 * What points asks of an entity kind that takes donations of points (a charity cause): the rewards catalogue's
 * "donation" rewards name such an entity, and each redemption records its pledge there in the redemption's own
 * transaction. Declared here, by the module that calls it, so points knows no module that implements it.
 */
export interface PledgeTarget {
  /**
   * Whether the entity takes pledges now, read in the caller's transaction (and locked until it ends, so a close
   * waits for the redemption): allow; notVisible when there is none or it is not public; notNow when it stopped.
   */
  open(tx: Executor, id: string): Promise<Decision>;
  /** Records the pledge in the caller's transaction (once per redemption). */
  record(tx: Executor, id: string, pledge: Pledge): Promise<void>;
}

declare module '../../core/module/entities.js' {
  interface EntityKind {
    /** Points: the entity takes donations of points (see PledgeTarget in the points module). */
    pledges?: PledgeTarget;
  }
}

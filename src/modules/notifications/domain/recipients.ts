/** A notice's people, in order (empty entries are allowed and skipped). */
export interface Addressed {
  to: readonly (string | null | undefined)[];
}

/**
 * Who hears of an event, once each: the people of each notice in order — someone an earlier notice names keeps that
 * one (a reply to your comment takes precedence over news for the thread's followers) — and never the one who acted;
 * an event without an actor (a system event) reaches everyone named.
 */
export function recipients<N extends Addressed>(actorId: string | null, notices: readonly N[]): { userId: string; notice: N }[] {
  const seen = new Set<string>(actorId ? [actorId] : []);
  const out: { userId: string; notice: N }[] = [];
  for (const notice of notices) {
    for (const userId of notice.to) {
      if (!userId || seen.has(userId)) continue;
      seen.add(userId);
      out.push({ userId, notice });
    }
  }
  return out;
}

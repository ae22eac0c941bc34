/** What a stored notification's text is made from: its kind, what it is about, and the facts recorded with it. */
export interface NotificationFacts {
  kind: string;
  entityType?: string;
  data: Record<string, unknown>;
}

/**
 * A kind of notification a module records when its events happen, declared in the module's manifest
 * (`notifications: [...]`) with how it reads, so the notifications module renders it without knowing the module.
 * Its sentence is the message `notification.<kind>` and its mail subject `mail.notification.subject.<kind>` (the
 * general subject when the module has none), both in the declaring module's messages, filled with the notification's
 * text facts (`title`, `actor`, `excerpt`, …); a non-empty `reason` is added after the sentence.
 */
export interface NotificationKind {
  /** `subject.what`, e.g. `report.status.answered`; unique across modules. */
  kind: string;
  /** The message key of the sentence when it depends on the facts (e.g. a shorter one when there is no excerpt). */
  sentence?: (n: NotificationFacts) => string;
  /** The message key of the mail subject when it depends on the facts (e.g. "your comment" for a comment). */
  subject?: (n: NotificationFacts) => string;
}

/** Every enabled module's notification kinds, by kind (a kind declared twice is a programming error). */
export function notificationKindMap(kinds: Iterable<NotificationKind>): ReadonlyMap<string, NotificationKind> {
  const map = new Map<string, NotificationKind>();
  for (const k of kinds) {
    if (map.has(k.kind)) throw new Error(`Notification kind ${k.kind} is declared twice`);
    map.set(k.kind, k);
  }
  return map;
}

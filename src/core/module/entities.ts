import type { Actor } from '../auth/actor.js';
import type { Decision } from '../auth/decision.js';
import type { Db, Executor } from '../db/client.js';
import { AppError } from '../http/errors.js';

/**
 * What every module says about one of its public things (a discussion, a comment, later a report or
 * a proposal), so the horizontal capabilities — comments, follows, notifications, moderation, share
 * previews, profiles — work on any of them without knowing the module that owns it.
 */
export interface EntitySummary {
  type: string;
  id: string;
  /** Plain-text title for notifications, share previews and the moderation queue. */
  title: string;
  /** The title in English when it is not the same text (a report's reason has an English name); else absent. */
  titleEn?: string;
  /** Plain-text excerpt (a few hundred characters at most). */
  excerpt: string;
  /** The site path of its public page, e.g. `/discussions/…`; a comment's path has its anchor. */
  path: string;
  authorId: string | null;
  /** False while hidden, held for moderation or deleted: not shown to the public. */
  visible: boolean;
  districtId: string | null;
  createdAt: Date;
  /** An absolute site path of an image for share previews, when the entity has one. */
  imagePath?: string | null;
}

/** How a host entity takes comments: who may comment, and whether a stance is asked. */
export interface CommentHostRules {
  /** Whether this actor may comment here now (e.g. a closed phase denies with its own reason). */
  decision: Decision;
  /** The host asks each top-level comment for a stance (for / against / neutral). */
  stance: boolean;
  /** The entity's own title and path, for notifications about its comments. */
  title: string;
  /** The title in English when it is not the same text (see EntitySummary.titleEn). */
  titleEn?: string;
  path: string;
  /** The number of shown comments when the host keeps it (saves counting a long thread on every page). */
  commentCount?: number;
  /**
   * This actor moderates the host's comments as its own moderator (a community's owners and admins): they hide
   * comments there and show again those they hid, never those the city's moderators hid.
   */
  moderates?: boolean;
}

/** The moderation states content can be in; owners store it and filter their public lists by it. */
export const moderationStates = ['visible', 'held', 'hidden'] as const;
export type ModerationState = (typeof moderationStates)[number];

/** One kind of entity a module declares. Only `type` and `describe` are required. */
export interface EntityKind {
  /** Stable name used in URLs and tables, e.g. `discussion`. */
  type: string;
  /** Facts about several entities at once; unknown ids are absent from the map. */
  describe(db: Db, ids: string[]): Promise<Map<string, EntitySummary>>;
  /** Comments: present when the entity hosts comments; null when the entity does not exist. */
  commentRules?(db: Db, id: string, actor: Actor): Promise<CommentHostRules | null>;
  /** Called in the comment's transaction when a comment is added or removed (activity, counters). */
  onCommentsChanged?(tx: Executor, id: string, change: { delta: number; at: Date }): Promise<void>;
  /** Moderation: sets the state (with the reason the author sees) as the city's moderator `by` (when a person acts); returns false when not found. */
  setModeration?(tx: Executor, id: string, state: ModerationState, reason: string | null, by?: string | null): Promise<boolean>;
  /** Share: the route of the public page with `:id`, e.g. `/discussions/:id`; its HTML gets preview meta. */
  pagePath?: string;
  /** Profiles: public things a person created, newest first. */
  authoredBy?(db: Db, userId: string, limit: number): Promise<EntitySummary[]>;
  /**
   * Meetings (an event opened on it, such as a meeting on a poll's result): whether this actor is responsible for it
   * (may open a meeting on it) and whether it is ready for one — public, and as far along as its owner asks (a poll:
   * closed with its results) — or null when there is no such thing or it is not public.
   */
  meetingSource?(db: Db, id: string, actor: Actor): Promise<{ responsible: boolean; ready: boolean } | null>;
  /** Meetings: everyone who took part in it (who answered, supported, proposed or rated), to be told of a meeting on it. */
  participants?(db: Db, id: string): Promise<string[]>;
  /** Meetings: whether this person took part in it (they may register for a meeting on it first). */
  tookPart?(db: Db, id: string, userId: string): Promise<boolean>;
  /**
   * A private thing (a message): whether this person may read it. The horizontal capabilities that take any entity's
   * address — flags, follows — treat it as not existing (404) for anyone else, so knowing an id reaches nothing.
   */
  readableBy?(db: Db, id: string, userId: string): Promise<boolean>;
}

/** An entity's title in a reader's language. */
export function titleIn(lang: 'ru' | 'en', entity: { title: string; titleEn?: string }): string {
  return lang === 'en' && entity.titleEn ? entity.titleEn : entity.title;
}

/** The entity kinds of all enabled modules, by type. */
export class EntityRegistry {
  private readonly kinds = new Map<string, EntityKind>();

  constructor(kinds: EntityKind[] = []) {
    for (const k of kinds) this.add(k);
  }

  /** Registers a kind; a type declared twice is a programming error. */
  add(kind: EntityKind): void {
    if (this.kinds.has(kind.type)) throw new Error(`Entity type ${kind.type} is declared twice`);
    this.kinds.set(kind.type, kind);
  }

  get(type: string): EntityKind | undefined {
    return this.kinds.get(type);
  }

  /** The kind, or a 404 `unknown_entity_type` for a type no module declares. */
  require(type: string): EntityKind {
    const kind = this.kinds.get(type);
    if (!kind) throw new AppError(404, 'unknown_entity_type', { type: type.slice(0, 40) });
    return kind;
  }

  all(): EntityKind[] {
    return [...this.kinds.values()];
  }

  /** One entity's summary, or null. */
  async describeOne(db: Db, type: string, id: string): Promise<EntitySummary | null> {
    const kind = this.kinds.get(type);
    if (!kind) return null;
    return (await kind.describe(db, [id])).get(id) ?? null;
  }

  /** Summaries of mixed references, keyed `type:id`. */
  async describeMany(db: Db, refs: { type: string; id: string }[]): Promise<Map<string, EntitySummary>> {
    const byType = new Map<string, Set<string>>();
    for (const r of refs) {
      if (!this.kinds.has(r.type)) continue;
      let ids = byType.get(r.type);
      if (!ids) byType.set(r.type, (ids = new Set()));
      ids.add(r.id);
    }
    const out = new Map<string, EntitySummary>();
    for (const [type, ids] of byType) {
      for (const [id, s] of await this.kinds.get(type)!.describe(db, [...ids])) out.set(`${type}:${id}`, s);
    }
    return out;
  }
}

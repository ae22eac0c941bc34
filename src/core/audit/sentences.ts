import type { RoleGrant } from '../auth/actor.js';
import type { Language } from '../i18n/i18n.js';

/**
 * Every action the code writes to the audit log. Each module adds its own from its `audit.ts` (declaration merging:
 * `interface AuditActions extends ActionsOf<typeof myKinds> {}`), so `appendAudit` with an action that has no
 * sentence is a type error, and the kinds are the one list of action names.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging in each module
export interface AuditActions {}
export type AuditAction = keyof AuditActions & string;
/** The action names of a module's kinds, for its `AuditActions` augmentation. */
export type ActionsOf<K> = { [A in keyof K]: true };

/** A text in every language the server answers in. */
export type AuditText = Record<Language, string>;
/** A linked part of a sentence: report No. 38 → /reports/38. */
export interface AuditLink {
  text: AuditText;
  href: string | null;
}
/**
 * A thing named by its id; the presenter reads its name in the request's language: a department or a district (the
 * kernel's), or a kind a module names (its vocabulary's `names`, e.g. a budget heading).
 */
export interface AuditRef {
  ref: string;
  id: string;
  /** What it reads as when the name is not found (gone, or not public); empty text drops it from the sentence. */
  fallback?: AuditLink;
}
/** What fills a placeholder: a text, a number (written in the language's digits), a link, or a name to look up. */
export type AuditValue = string | number | AuditText | AuditLink | AuditRef;

/** One stored entry as the sentence sees it (what was hashed; the actor separately). */
export interface AuditFacts {
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
}

/** The capacity an act is done in; the public sees the actor only by it. */
export type AuditRole = 'administrator' | 'moderator' | 'official' | 'expert' | 'verifier' | 'resident';

/**
 * How one action reads in public. The sentence is `{actor} …` in Russian and English with `{name}` placeholders
 * filled by `params`; data keys are not shown unless listed in `shows`, so a method of verification, who verified, an
 * API key's prefix, an e-mail or a phone never leave the server.
 */
export interface AuditKind {
  /** The role the act is done in: the actor is named by it when they hold it (else "Administrator" if they are one). */
  role: AuditRole;
  sentence: AuditText | ((e: AuditFacts) => AuditText);
  params?: (e: AuditFacts) => Record<string, AuditValue | null | undefined>;
  /** Data keys the public sees as they are (plain facts such as a moderator's reason). */
  shows?: readonly string[];
  /** Who acts when no person does: an administrator at the command line, or the server on its schedule (default). */
  unattended?: 'command_line' | 'server';
}

/** A module's kinds, typed by their action names. */
export function auditKinds<const K extends Record<string, AuditKind>>(kinds: K): K {
  return kinds;
}

/** One part of a rendered sentence; a link when `href` is set. */
export interface SentencePart {
  text: string;
  href?: string;
}

// ---- helpers the kinds use -----------------------------------------------------------------------------------

const numberFormat: AuditText = { ru: '№ {number}', en: 'No. {number}' };

/** "No. 38" / «№ 38» (the web's common.number). */
export function numbered(n: string | number): AuditText {
  return { ru: numberFormat.ru.replace('{number}', String(n)), en: numberFormat.en.replace('{number}', String(n)) };
}

/** A linked thing with a number: `link(ru, en, n, path)` reads «обращение № 38» and links to the path. */
export function numberedLink(word: AuditText, n: string | number | null, path: string | null): AuditLink {
  const no = n === null ? null : numbered(n);
  return {
    text: { ru: no ? `${word.ru} ${no.ru}` : word.ru, en: no ? `${word.en} ${no.en}` : word.en },
    href: path,
  };
}

/** A count with the right plural form in both languages: count(12, ['обращение','обращения','обращений'], ['report','reports']). */
export function counted(n: number, ru: [one: string, few: string, many: string], en: [one: string, other: string]): AuditText {
  const r = new Intl.PluralRules('ru').select(n);
  const e = new Intl.PluralRules('en').select(n);
  return {
    ru: `${n.toLocaleString('ru-RU')} ${r === 'one' ? ru[0] : r === 'few' ? ru[1] : ru[2]}`,
    en: `${n.toLocaleString('en-GB')} ${e === 'one' ? en[0] : en[1]}`,
  };
}

/** A calendar day (YYYY-MM-DD) in words: «1 мая 2026 г.», "1 May 2026"; anything else as it is. */
export function calendarDay(day: string): AuditText {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { ru: day, en: day };
  const at = new Date(`${day}T12:00:00Z`);
  const f = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
  return { ru: f('ru-RU'), en: f('en-GB') };
}

export const same = (text: string): AuditText => ({ ru: text, en: text });
export const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const refTo = (ref: string, id: unknown): AuditRef | null => (typeof id === 'string' && id ? { ref, id } : null);
export const departmentRef = (id: unknown): AuditRef | null => refTo('department', id);
export const districtRef = (id: unknown): AuditRef | null => refTo('district', id);
/** «Название» in Russian, "Name" in English: a name quoted the way each language quotes. */
export const quoted = (ru: string, en: string = ru): AuditText => ({ ru: `«${ru}»`, en: `“${en}”` });

// ---- the actor ---------------------------------------------------------------------------------------------------

const roleNouns: Record<Exclude<AuditRole, 'official'>, AuditText> = {
  administrator: { ru: 'Администратор', en: 'Administrator' },
  moderator: { ru: 'Модератор', en: 'Moderator' },
  expert: { ru: 'Эксперт', en: 'Expert' },
  verifier: { ru: 'Проверяющий', en: 'Verifier' },
  resident: { ru: 'Житель', en: 'Resident' },
};
const unattendedNouns = {
  command_line: { ru: 'Администратор (командная строка)', en: 'Administrator (command line)' },
  server: { ru: 'Сервер', en: 'The server' },
} satisfies Record<string, AuditText>;

/** What the sentence says about who acted: `{ text }` or an official's department to name. */
export type ActorPhrase = { text: AuditText } | { officialOf: string | null };

/**
 * The actor by their public role only — never by name, e-mail or id: the kind's role when they hold it, an
 * administrator's otherwise, else the kind's role anyway (the capacity the act was done in). An official is named
 * with their department (the entry's, when they are an official of it).
 */
export function actorPhrase(kind: AuditKind, e: AuditFacts, actor: { id: string | null; grants: readonly RoleGrant[] }): ActorPhrase {
  if (actor.id === null) return { text: unattendedNouns[e.data.via === 'cli' ? 'command_line' : (kind.unattended ?? 'server')] };
  if (kind.role === 'resident') return { text: roleNouns.resident };
  const holds = (role: RoleGrant['role']) => actor.grants.filter((g) => g.role === role);
  if (kind.role === 'official') {
    const official = holds('official');
    if (official.length || !holds('administrator').length) {
      const wanted = str(e.data.departmentId);
      const match = official.find((g) => g.scopeType === 'department' && g.scopeId === wanted) ?? official.find((g) => g.scopeType === 'department');
      return { officialOf: match?.scopeId ?? wanted };
    }
    return { text: roleNouns.administrator };
  }
  if (holds(kind.role).length || !holds('administrator').length) return { text: roleNouns[kind.role] };
  return { text: roleNouns.administrator };
}

/** «Сотрудник исполнителя «Дорожная служба»» / "Official of Roads Service" (the name as resolved, quoted in Russian); without a department, the role alone. */
export function officialPhrase(department: AuditText | null): AuditText {
  return department ? { ru: `Сотрудник исполнителя ${department.ru}`, en: `Official of ${department.en}` } : { ru: 'Сотрудник исполнителя', en: 'Official' };
}

// ---- rendering ---------------------------------------------------------------------------------------------------

const isText = (v: object): v is AuditText => 'ru' in v && 'en' in v;
const isLink = (v: object): v is AuditLink => 'text' in v && 'href' in v;

/**
 * Fills a sentence's placeholders in one language; a value that is a link becomes a linked part. `resolve` turns a
 * department or district into its name (and page). A placeholder without a value reads as «—».
 */
export function renderSentence(
  template: string,
  params: Record<string, AuditValue | null | undefined>,
  lang: Language,
  resolve: (ref: AuditRef) => AuditLink | null,
): SentencePart[] {
  const parts: SentencePart[] = [];
  const push = (text: string, href?: string | null) => {
    if (!text) return;
    const last = parts.at(-1);
    if (!href && last && !last.href) last.text += text;
    else parts.push(href ? { text, href } : { text });
  };
  let rest = template;
  for (let m = /\{(\w+)\}/.exec(rest); m; m = /\{(\w+)\}/.exec(rest)) {
    push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
    const v = Object.hasOwn(params, m[1]!) ? params[m[1]!] : undefined;
    if (v === null || v === undefined) push('—');
    else if (typeof v === 'number') push(v.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB'));
    else if (typeof v === 'string') push(v);
    else if ('ref' in v) {
      const link = resolve(v) ?? v.fallback;
      if (link) push(link.text[lang], link.href);
      else push('—');
    } else if (isLink(v)) push(v.text[lang], v.href);
    else if (isText(v)) push(v[lang]);
  }
  push(rest);
  // a placeholder that read as nothing leaves no double or trailing space
  for (const p of parts) p.text = p.text.replace(/ {2,}/g, ' ');
  const last = parts.at(-1);
  if (last) last.text = last.text.trimEnd();
  return parts.filter((p) => p.text !== '');
}

/** The kind's sentence template in one language. */
export function sentenceTemplate(kind: AuditKind, e: AuditFacts, lang: Language): string {
  const s = typeof kind.sentence === 'function' ? kind.sentence(e) : kind.sentence;
  return s[lang];
}

/** The data keys the kind lets the public see, and nothing else. */
export function publicData(kind: AuditKind | undefined, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of kind?.shows ?? []) if (Object.hasOwn(data, key)) out[key] = data[key];
  return out;
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditKindMap } from '../src/core/audit/present.js';
import {
  actorPhrase,
  officialPhrase,
  publicData,
  renderSentence,
  sentenceTemplate,
  type AuditFacts,
  type AuditKind,
  type AuditRef,
} from '../src/core/audit/sentences.js';
import type { languages } from '../src/core/i18n/i18n.js';
import { modules } from '../src/modules.js';

const kinds = auditKindMap(modules.flatMap((m) => (m.audit ? [m.audit] : [])));
const resolve = (ref: AuditRef) => ({ text: { ru: `«${ref.id}»`, en: ref.id }, href: `/${ref.ref}s/${ref.id}` });

/** Every string literal an `appendAudit(…)` call in the server's code gives as its action (template literals are the type checker's). */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts') && !file.endsWith('.test.ts')) {
        const text = fs.readFileSync(file, 'utf8');
        for (const call of text.split('appendAudit(').slice(1)) {
          const action = /action:\s*([^\n]*)/.exec(call.slice(0, 600))?.[1] ?? '';
          for (const m of action.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) found.set(m[1]!, path.relative(process.cwd(), file));
        }
      }
    }
  };
  walk(path.resolve('src'));
  return found;
}

/** Facts with every key a kind might read, so each branch of a sentence gets values. */
const rich = (action: string): AuditFacts => ({
  action,
  subjectType: action.split('.')[0]!,
  subjectId: '38',
  data: {
    departmentId: 'committee-roads',
    intoId: 'admin-nevsky',
    districtId: 'nevsky',
    scopeType: 'department',
    scopeId: 'committee-roads',
    role: 'official',
    reports: 12,
    nameRu: 'Невский',
    nameEn: 'Nevsky',
    previousNameRu: 'Старый',
    previousNameEn: 'Old',
    title: 'Сквер',
    decision: 'feasible',
    from: 'intake',
    to: 'review',
    of: 37,
    into: 39,
    number: 40,
    reason: 'По решению комиссии',
    enabled: true,
    method: 'sms',
    added: [],
    removed: [],
    kind: 'holiday',
    delta: 5,
    cost: 100,
    ballots: 3,
    selected: ['a'],
    works: ['w'],
    responses: 4,
    mailed: 2,
    imported: 5,
    problems: 0,
    created: 1,
    updated: 2,
    unchanged: 3,
    year: 2026,
    lines: 10,
    until: '2026-12-31T00:00:00.000Z',
    assigneeId: 'someone',
    textRu: 'Не по адресу',
  },
});

function sentence(kind: AuditKind, facts: AuditFacts, lang: (typeof languages)[number]): string {
  const actor = actorPhrase(kind, facts, { id: 'u1', grants: [{ role: 'administrator', scopeType: 'city', scopeId: null }] });
  const actorValue = 'text' in actor ? actor.text : officialPhrase(actor.officialOf ? resolve({ ref: 'department', id: actor.officialOf }).text : null);
  const params = { ...(kind.params?.(facts) ?? {}), actor: actorValue };
  return renderSentence(sentenceTemplate(kind, facts, lang), params, lang, resolve)
    .map((p) => p.text)
    .join('');
}

describe('the audit log in words', () => {
  it('every action the code writes has a sentence (the kinds are the one list of actions)', () => {
    const written = writtenActions();
    expect(written.size).toBeGreaterThan(60);
    const missing = [...written].filter(([action]) => !kinds.has(action)).map(([action, file]) => `${action} (${file})`);
    expect(missing, 'declare these actions with their sentences in the module’s audit.ts').toEqual([]);
  });

  it('every sentence reads in Russian and in English, with its facts and without them', () => {
    for (const [action, kind] of kinds) {
      for (const facts of [rich(action), { action, subjectType: 'x', subjectId: null, data: {} }]) {
        const ru = sentence(kind, facts, 'ru');
        const en = sentence(kind, facts, 'en');
        for (const s of [ru, en]) {
          expect(s, action).toMatch(/^[A-ZА-ЯЁ«“]/);
          expect(s, action).not.toMatch(/\{\w+\}|undefined|null|NaN|\[object/);
        }
        expect(ru, action).toMatch(/[а-яё]/);
        expect(en.replace(/«[^»]*»|“[^”]*”/g, ''), action).not.toMatch(/[а-яё]/i);
      }
    }
  });

  it('reads as the city says it: a moderator approved report No. 38 and sent it to a department', () => {
    const kind = kinds.get('report.approve')!;
    const facts = rich('report.approve');
    const actor = { id: 'm', grants: [{ role: 'moderator' as const, scopeType: 'city' as const, scopeId: null }] };
    const parts = (lang: 'ru' | 'en') =>
      renderSentence(
        sentenceTemplate(kind, facts, lang),
        { ...kind.params!(facts), actor: (actorPhrase(kind, facts, actor) as { text: never }).text },
        lang,
        resolve,
      );
    expect(parts('en')).toEqual([
      { text: 'Moderator approved ' },
      { text: 'report No. 38', href: '/reports/38' },
      { text: ' and sent it to ' },
      { text: 'committee-roads', href: '/departments/committee-roads' },
    ]);
    expect(
      parts('ru')
        .map((p) => p.text)
        .join(''),
    ).toBe('Модератор одобрил обращение № 38 и направил его исполнителю «committee-roads»');
    const merged = kinds.get('department.merged')!;
    const m = rich('department.merged');
    expect(
      renderSentence(sentenceTemplate(merged, m, 'en'), { ...merged.params!(m), actor: 'Administrator' }, 'en', resolve)
        .map((p) => p.text)
        .join(''),
    ).toBe('Administrator merged 38 into admin-nevsky (12 reports moved)');
  });

  it('names the actor by role only: the role of the act when they hold it, else an administrator, an official with their department', () => {
    const approve = kinds.get('report.approve')!;
    const answer = kinds.get('report.answer')!;
    const facts = rich('report.answer');
    const admin = [{ role: 'administrator' as const, scopeType: 'city' as const, scopeId: null }];
    expect(actorPhrase(approve, facts, { id: 'a', grants: admin })).toEqual({ text: { ru: 'Администратор', en: 'Administrator' } });
    expect(actorPhrase(approve, facts, { id: 'r', grants: [] })).toEqual({ text: { ru: 'Модератор', en: 'Moderator' } });
    expect(actorPhrase(answer, facts, { id: 'o', grants: [{ role: 'official', scopeType: 'department', scopeId: 'committee-roads' }] })).toEqual({
      officialOf: 'committee-roads',
    });
    expect(officialPhrase({ ru: '«Дорожная служба»', en: 'Roads Service' })).toEqual({
      ru: 'Сотрудник исполнителя «Дорожная служба»',
      en: 'Official of Roads Service',
    });
    expect(actorPhrase(approve, facts, { id: null, grants: [] })).toEqual({ text: { ru: 'Сервер', en: 'The server' } });
    expect(actorPhrase(kinds.get('role.granted')!, { ...facts, data: { via: 'cli' } }, { id: null, grants: [] })).toEqual({
      text: { ru: 'Администратор (командная строка)', en: 'Administrator (command line)' },
    });
  });

  it('shows only the data keys a kind lists: never how or by whom a resident was verified, nor an API key', () => {
    expect(publicData(kinds.get('verification.granted'), { method: 'in_person', verifiedBy: 'u', districtId: 'nevsky' })).toEqual({});
    expect(publicData(kinds.get('api_key.created'), { name: 'x', prefix: 'gk_abc' })).toEqual({});
    expect(publicData(kinds.get('moderation.hidden'), { reason: 'Оскорбления', from: 'visible', to: 'hidden', secret: 1 })).toEqual({
      reason: 'Оскорбления',
      from: 'visible',
      to: 'hidden',
    });
  });
});

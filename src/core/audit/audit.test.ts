import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, GENESIS } from './audit.js';

describe('audit hashing', () => {
  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('the hash depends on the previous hash and on every field', () => {
    const e = { seq: 1, at: '2026-11-26T10:00:00.000Z', actorId: null, action: 'role.granted', subjectType: 'user', subjectId: 'u', data: { role: 'expert' } };
    const h = entryHash(GENESIS, e);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(GENESIS, { ...e })).toBe(h);
    expect(entryHash('1'.repeat(64), e)).not.toBe(h);
    expect(entryHash(GENESIS, { ...e, data: { role: 'moderator' } })).not.toBe(h);
    expect(entryHash(GENESIS, { ...e, at: '2026-11-26T10:00:00.001Z' })).not.toBe(h);
  });
});

import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';

describe('password rules', () => {
  it.each([
    ['short1', 'too_short'],
    ['password123', 'common'],
    ['qwertyuiop', 'common'],
    ['1234567890', 'common'],
    ['aaaaaaaaaaaa', 'common'],
    ['x'.repeat(201), 'too_long'],
    ['anna.petrova-2026', 'contains_email'],
    ['Nevsky-prospect-28', null],
    ['пароль-из-кириллицы', null],
  ])('%s → %s', (password, problem) => {
    expect(passwordProblem(password, 'anna.petrova@example.org')).toBe(problem);
  });

  it('counts characters, not bytes: ten Cyrillic letters are long enough', () => {
    expect(passwordProblem('ёжикватума')).toBeNull();
  });

  it('argon2id hashes verify only the right password', async () => {
    const hash = await hashPassword('Nevsky-prospect-28');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'Nevsky-prospect-28')).toBe(true);
    expect(await verifyPassword(hash, 'nevsky-prospect-28')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { maskEmail } from './mask-email.js';

describe('a masked e-mail', () => {
  it.each([
    ['anna.petrova@example.org', 'a***@e***.org'],
    ['a@b.ru', 'a***@b***.ru'],
    ['ivan@mail.yandex.ru', 'i***@m***.ru'],
    ['юля@почта.рф', 'ю***@п***.рф'],
    ['odd@localhost', 'o***@***'],
    ['not-an-address', '***'],
  ])('%s reads %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeListCursor, encodeListCursor } from './list-reports.js';

describe('public list cursors', () => {
  it('round-trip the exact sort key and are URL-safe', () => {
    const c = encodeListCursor({ createdUs: '1772359200123456', number: 987654 });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeListCursor(c)).toEqual({ createdUs: '1772359200123456', number: 987654 });
  });

  it.each([
    '',
    'not a cursor!',
    Buffer.from('abc').toString('base64url'),
    Buffer.from('1.2.3').toString('base64url'),
    Buffer.from('x.5').toString('base64url'),
    'A'.repeat(61),
  ])('refuses %j', (c) => {
    expect(decodeListCursor(c)).toBeNull();
  });
});

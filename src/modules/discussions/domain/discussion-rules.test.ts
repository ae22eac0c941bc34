import { describe, expect, it } from 'vitest';
import { excerptOf, isEditable, normalizeTags } from './discussion-rules.js';

describe('discussion rules', () => {
  it.each([
    [['Дворы', '#парковка', ' Дворы '], { ok: true, tags: ['дворы', 'парковка'] }],
    [['  Зелёные   зоны '], { ok: true, tags: ['зелёные зоны'] }],
    [['', '  '], { ok: true, tags: [] }],
    [['a'], { ok: false, problem: 'tag_invalid', tag: 'a' }],
    [['x'.repeat(31)], { ok: false, problem: 'tag_invalid', tag: 'x'.repeat(31) }],
    [['<script>'], { ok: false, problem: 'tag_invalid', tag: '<script>' }],
    [['a1', 'b2', 'c3', 'd4', 'e5', 'f6'], { ok: false, problem: 'too_many_tags' }],
    [['дворы', 'Дворы', 'ДВОРЫ', 'парки', 'снег', 'шум', 'ремонт', 'мусор'], { ok: false, problem: 'too_many_tags' }],
    [['дворы', 'Дворы', 'ДВОРЫ', 'парки', 'снег', 'шум'], { ok: true, tags: ['дворы', 'парки', 'снег', 'шум'] }],
  ])('tags %j → %j', (tags, expected) => {
    expect(normalizeTags(tags)).toEqual(expected);
  });

  it('lets the author edit for 24 hours', () => {
    const created = new Date('2026-03-01T10:00:00Z');
    expect(isEditable(created, new Date('2026-03-02T09:59:59Z'))).toBe(true);
    expect(isEditable(created, new Date('2026-03-02T10:00:00Z'))).toBe(false);
  });

  it('cuts excerpts at a word boundary', () => {
    expect(excerptOf('Короткий  текст\nв две строки')).toBe('Короткий текст в две строки');
    const long = 'слово '.repeat(100);
    const ex = excerptOf(long, 50);
    expect(ex.length).toBeLessThanOrEqual(50);
    expect(ex).toMatch(/слово…$/);
  });
});

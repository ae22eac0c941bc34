import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtml, matchPagePath, previewText, shareMetaTags, templateDefaults, withShareMeta, type ShareMeta } from './share-meta.js';

const template = fs.readFileSync(new URL('../../../web/index.html', import.meta.url), 'utf8');

const meta = (over: Partial<ShareMeta> = {}): ShareMeta => ({
  title: 'Скамейки на Невском',
  description: 'Давайте обсудим, где нужны скамейки.',
  url: 'https://gorod.example/discussions/42',
  image: 'https://gorod.example/og-image.png',
  siteName: '«Город»',
  type: 'article',
  ...over,
});

describe('share previews', () => {
  it('escapes markup, quotes and ampersands', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('a <script> in a title or description never reaches the HTML as markup', () => {
    const evil = meta({ title: '</title><script>alert(1)</script>', description: '"><script>alert(2)</script>' });
    const html = withShareMeta(template, evil, `${evil.title} — «Город»`);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<meta property="og:title" content="&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" />');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; — «Город»</title>');
    expect(html).toContain('<meta name="description" content="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;" />');
    // the app's own module script is still there, once
    expect(html.match(/<script /g)).toHaveLength(1);
  });

  it('writes every OpenGraph and Twitter tag, and replaces the template title and description', () => {
    const html = withShareMeta(template, meta(), 'Скамейки на Невском — «Город»');
    for (const tag of [
      '<meta property="og:type" content="article" />',
      '<meta property="og:site_name" content="«Город»" />',
      '<meta property="og:title" content="Скамейки на Невском" />',
      '<meta property="og:description" content="Давайте обсудим, где нужны скамейки." />',
      '<meta property="og:url" content="https://gorod.example/discussions/42" />',
      '<meta property="og:image" content="https://gorod.example/og-image.png" />',
      '<meta name="twitter:card" content="summary_large_image" />',
      '<meta name="twitter:title" content="Скамейки на Невском" />',
      '<meta name="twitter:description" content="Давайте обсудим, где нужны скамейки." />',
      '<meta name="twitter:image" content="https://gorod.example/og-image.png" />',
    ]) {
      expect(html).toContain(tag);
    }
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<title>Скамейки на Невском — «Город»</title>');
    // applied twice (a template that already has tags), each tag is still there once
    const again = withShareMeta(html, meta({ title: 'Другое' }), 'Другое');
    expect(again.match(/og:title/g)).toHaveLength(1);
    expect(again).toContain('<meta property="og:title" content="Другое" />');
  });

  it('reads the site defaults from the template', () => {
    expect(templateDefaults(template)).toEqual({ title: '«Город»', description: '«Город» — платформа участия жителей в жизни своего города' });
    expect(templateDefaults('<title>A &amp; B</title><meta name="description" content="x &quot;y&quot;" />')).toEqual({ title: 'A & B', description: 'x "y"' });
    expect(shareMetaTags(meta())).toContain('og:type');
  });

  it.each([
    ['/discussions/:id', '/discussions/42', '42'],
    ['/discussions/:id', '/discussions/42/', '42'],
    ['/discussions/:id', '/discussions/%D0%B0', 'а'],
    ['/discussions/:id', '/discussions/%E0%A4', null],
    ['/discussions/:id', '/discussions', null],
    ['/discussions/:id', '/discussions/', null],
    ['/discussions/:id', '/discussions/42/edit', null],
    ['/discussions/:id', '/people/42', null],
    ['/people/:id', '/people/abc', 'abc'],
  ])('%s matches %s → %s', (pattern, pathname, expected) => {
    expect(matchPagePath(pattern, pathname)).toBe(expected);
  });

  it('shortens long descriptions on a word boundary', () => {
    expect(previewText('a  b\n c')).toBe('a b c');
    const long = previewText('слово '.repeat(100), 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long.endsWith('слово…')).toBe(true);
  });
});

/**
 * Link previews for messengers and social networks: the OpenGraph and Twitter meta a page's HTML
 * carries (crawlers do not run the web app's JavaScript, so the server writes them into
 * index.html). Pure functions; everything written into the HTML is escaped here.
 */

/** What a preview shows. Plain text throughout: escaping happens when it is written. */
export interface ShareMeta {
  /** The thing's own title (og:title). */
  title: string;
  description: string;
  /** Absolute address of the page. */
  url: string;
  /** Absolute address of the preview image. */
  image: string;
  siteName: string;
  type: 'website' | 'article';
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The reverse of escapeHtml for the few entities a hand-written template uses. */
export function unescapeHtml(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);
}

/** Plain text on one line, cut on a word boundary to at most `max` characters (an ellipsis when cut). */
export function previewText(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The OpenGraph and Twitter card tags for a preview, one per line. */
export function shareMetaTags(meta: ShareMeta): string {
  const property = (name: string, value: string) => `<meta property="${name}" content="${escapeHtml(value)}" />`;
  const named = (name: string, value: string) => `<meta name="${name}" content="${escapeHtml(value)}" />`;
  return [
    property('og:type', meta.type),
    property('og:site_name', meta.siteName),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:url', meta.url),
    property('og:image', meta.image),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', meta.image),
  ].join('\n    ');
}

/** The site's own title and description, as the web app's index.html states them. */
export function templateDefaults(template: string): { title: string; description: string } {
  const title = /<title>([\s\S]*?)<\/title>/i.exec(template)?.[1]?.trim() ?? '';
  const description = /<meta\s+name="description"\s+content="([^"]*)"\s*\/?>/i.exec(template)?.[1] ?? '';
  return { title: unescapeHtml(title), description: unescapeHtml(description) };
}

/**
 * index.html with a page's preview: the document title (`documentTitle`), the description meta
 * and the OpenGraph/Twitter tags (any the template already had are replaced).
 */
export function withShareMeta(template: string, meta: ShareMeta, documentTitle: string): string {
  let html = template
    .replace(/\s*<meta\s+(property="og:[^"]*"|name="twitter:[^"]*")[^>]*>/gi, '')
    .replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${escapeHtml(documentTitle)}</title>`);
  const description = `<meta name="description" content="${escapeHtml(meta.description)}" />`;
  html = /<meta\s+name="description"[^>]*>/i.test(html)
    ? html.replace(/<meta\s+name="description"[^>]*>/i, () => description)
    : html.replace(/<\/head>/i, () => `  ${description}\n  </head>`);
  return html.replace(/<\/head>/i, () => `  ${shareMetaTags(meta)}\n  </head>`);
}

/**
 * The id in a page path that matches a route pattern with one `:id` segment, e.g. `/discussions/:id`
 * and `/discussions/42` → `42` (a trailing slash is allowed); null when it does not match.
 */
export function matchPagePath(pattern: string, pathname: string): string | null {
  const want = pattern.split('/');
  const got = pathname.replace(/(.)\/$/, '$1').split('/');
  if (want.length !== got.length) return null;
  let id: string | null = null;
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (!g) return null;
      try {
        id = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return id;
}

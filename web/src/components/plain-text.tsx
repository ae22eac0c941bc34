import { Fragment, type ReactNode } from 'react';

// http(s) addresses only; anything else (javascript:, data:, mailto:) stays text
const urlPattern = /\bhttps?:\/\/[^\s<>"'«»]+/gi;
// punctuation that ends a sentence rather than the address
const trailing = /[.,;:!?'"»)\]]+$/;

/** Splits one line into text and links; a link is only made of a URL the browser parses as http(s). */
export function linkify(line: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of line.matchAll(urlPattern)) {
    let url = match[0];
    // keep a closing bracket that belongs to the address: https://ru.wikipedia.org/wiki/Foo_(bar)
    const cut = trailing.exec(url);
    if (cut) {
      let tail = cut[0];
      if (tail.startsWith(')') && url.slice(0, -tail.length).includes('(')) tail = tail.slice(1);
      url = url.slice(0, url.length - tail.length);
    }
    const start = match.index;
    let href: string | null = null;
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') href = parsed.href;
    } catch {
      href = null;
    }
    if (!href) continue;
    if (start > last) out.push(line.slice(last, start));
    out.push(
      <a key={start} href={href} rel="nofollow ugc noopener noreferrer" className="break">
        {url}
      </a>,
    );
    last = start + url.length;
  }
  if (last < line.length) out.push(line.slice(last));
  return out;
}

/**
 * Text someone typed, shown as they wrote it: blank lines separate paragraphs, single line breaks
 * stay, http(s) addresses become links marked as user content. Everything is a React text node,
 * so nothing in it is ever interpreted as HTML.
 */
export function PlainText({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  return (
    <div className={`plain-text${className ? ` ${className}` : ''}`}>
      {paragraphs.map((p, i) => (
        <p key={i}>
          {p.split('\n').map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {linkify(line)}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}

import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

/** One message the server wrote to DATA_DIR/mail as an .eml file. */
export interface Mail {
  file: string;
  to: string;
  subject: string;
  text: string;
  date: number;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=) in a header value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?') // whitespace between encoded words is not part of the text
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, charset: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpBytes(data.replace(/_/g, ' '));
      return new TextDecoder(charset.toLowerCase()).decode(bytes);
    });
}

/** Quoted-printable to bytes: soft line breaks (`=` at the end of a line) join lines; `=3D` is `=`. */
function qpBytes(s: string): Buffer {
  const joined = s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(out);
}

/** Parses a single-part text message as nodemailer writes it (base64, quoted-printable or 7/8 bit). */
export function parseEml(raw: string, file = ''): Mail {
  const normalized = raw.replace(/\r\n/g, '\n');
  const split = normalized.indexOf('\n\n');
  const head = split === -1 ? normalized : normalized.slice(0, split);
  const body = split === -1 ? '' : normalized.slice(split + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? qpBytes(body).toString('utf8')
        : body;
  const to = decodeHeader(headers.get('to') ?? '');
  const address = /<([^>]+)>/.exec(to)?.[1] ?? to;
  return {
    file,
    to: address.trim().toLowerCase(),
    subject: decodeHeader(headers.get('subject') ?? ''),
    text,
    date: Date.parse(headers.get('date') ?? '') || 0,
  };
}

/** Every delivered message (finished files only: the server writes a dot-file, then renames it). */
export function readMails(dataDir: string): Mail[] {
  const dir = path.join(dataDir, 'mail');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml') && !f.startsWith('.'))
    .map((f) => {
      const full = path.join(dir, f);
      return { ...parseEml(fs.readFileSync(full, 'utf8'), full), mtime: fs.statSync(full).mtimeMs };
    })
    .sort((a, b) => a.mtime - b.mtime || a.file.localeCompare(b.file));
}

/**
 * Waits until a message to `to` whose link goes to `page` (confirm or reset-password) arrives, and
 * returns the newest one with the link's path and query (`/confirm?token=…`).
 */
export async function waitForLink(
  dataDir: string,
  to: string,
  page: 'confirm' | 'reset-password',
  opts: { notIn?: string[] } = {},
): Promise<{ mail: Mail; path: string }> {
  const pattern = new RegExp(`https?://[^\\s/]+(/${page}\\?token=[^\\s]+)`);
  return vi.waitFor(
    () => {
      const found = readMails(dataDir)
        .filter((m) => m.to === to.toLowerCase() && pattern.test(m.text) && !opts.notIn?.includes(m.file))
        .at(-1);
      if (!found) throw new Error(`no ${page} mail to ${to} yet in ${dataDir}/mail`);
      return { mail: found, path: pattern.exec(found.text)![1]! };
    },
    { timeout: 20_000, interval: 150 },
  );
}

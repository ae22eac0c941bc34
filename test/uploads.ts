import crypto from 'node:crypto';
import sharp from 'sharp';
import type { App } from '../src/core/module/module.js';
import type { TestClient } from './http-client.js';

/**
 * Sends one file as multipart/form-data with the client's language, session and CSRF token (each when it has one), as
 * the browser's form would; the status and the JSON answer. Defaults: POST to the shared photo route, a JPEG in the
 * field `file`.
 */
export async function sendTestFile(
  app: App,
  client: TestClient,
  data: Buffer,
  opts: { method?: 'POST' | 'PUT'; url?: string; field?: string; filename?: string; contentType?: string } = {},
): Promise<{ status: number; body: any }> {
  const boundary = `----gorod${crypto.randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${opts.filename ?? 'p.jpg'}"\r\nContent-Type: ${opts.contentType ?? 'image/jpeg'}\r\n\r\n`,
  );
  const headers: Record<string, string> = { 'accept-language': client.lang, 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrfToken) headers['x-csrf-token'] = client.csrfToken;
  const res = await app.inject({
    method: opts.method ?? 'POST',
    url: opts.url ?? '/api/uploads/photos',
    headers,
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
  return { status: res.statusCode, body: res.json() };
}

/** Uploads a small JPEG through the shared photo route (`POST /api/uploads/photos`) as this client; the stored file's id. */
export async function uploadTestPhoto(app: App, client: TestClient, colour = '#3a7bd5'): Promise<string> {
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
  const res = await sendTestFile(app, client, data);
  if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

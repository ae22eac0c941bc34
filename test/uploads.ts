import crypto from 'node:crypto';
import sharp from 'sharp';
import type { App } from '../src/core/module/module.js';
import type { TestClient } from './http-client.js';

/** Uploads a small JPEG through the shared photo route (`POST /api/uploads/photos`) as this client; the stored file's id. */
export async function uploadTestPhoto(app: App, client: TestClient, colour = '#3a7bd5'): Promise<string> {
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
  const boundary = `----gorod${crypto.randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
  const res = await app.inject({
    method: 'POST',
    url: '/api/uploads/photos',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: client.cookie!, 'x-csrf-token': client.csrfToken! },
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
  if (res.statusCode !== 201) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

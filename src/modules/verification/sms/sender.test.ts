import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { FileSmsSender, HttpSmsSender, smsSenderFor } from './sender.js';

const received: { auth: string | undefined; body: unknown }[] = [];
let server: http.Server;
let url: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
      res.statusCode = req.url === '/refuse' ? 503 : 202;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('SMS senders', () => {
  it('POST {to, text} to the gateway with the bearer token, and fail when it refuses', async () => {
    await new HttpSmsSender(`${url}/send`, 'secret-token').send('+79991234567', 'code 123456');
    expect(received.at(-1)).toEqual({ auth: 'Bearer secret-token', body: { to: '+79991234567', text: 'code 123456' } });
    await expect(new HttpSmsSender(`${url}/refuse`, undefined).send('+79991234567', 'x')).rejects.toThrow(/503/);
  });

  it('write each message as a file under DATA_DIR/sms/ without a gateway', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-sms-'));
    try {
      const sender = smsSenderFor(loadConfig({ DATA_DIR: dataDir }));
      expect(sender).toBeInstanceOf(FileSmsSender);
      await sender.send('+79991234567', 'Gorod: 654321');
      const files = fs.readdirSync(path.join(dataDir, 'sms'));
      expect(files).toHaveLength(1);
      expect(fs.readFileSync(path.join(dataDir, 'sms', files[0]!), 'utf8')).toBe('To: +79991234567\n\nGorod: 654321\n');
      expect(smsSenderFor(loadConfig({ DATA_DIR: dataDir, SMS_URL: `${url}/send` }))).toBeInstanceOf(HttpSmsSender);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

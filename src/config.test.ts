import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configTableMarkdown, loadConfig } from './config.js';

describe('configuration', () => {
  it('the README shows every variable, exactly as `gorod config --markdown` prints them', () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(configTableMarkdown());
  });

  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      seedDemo: true,
      publicUrl: 'http://127.0.0.1:3000',
      cookieSecure: false,
    });
  });

  it('derives secure cookies from an https PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://gorod.example.org/' })).toMatchObject({ publicUrl: 'https://gorod.example.org', cookieSecure: true });
  });

  it('SEED_DEMO=0 starts an empty city', () => {
    expect(loadConfig({ SEED_DEMO: '0' }).seedDemo).toBe(false);
  });

  it('lists every bad variable with what to set', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/PORT: PORT must be a number/);
    expect(msg).toMatch(/DATABASE_URL must start with postgres/);
    expect(msg).toMatch(/SEED_DEMO must be 0 or 1/);
  });
});

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The Node version the README states is one every installed package accepts: package.json's
// `engines` names it, and each dependency's own `engines.node` must allow its lowest versions.
const require = createRequire(import.meta.url);
const semver = require('semver') as { satisfies(version: string, range: string): boolean; minVersion(range: string): { version: string } | null };
const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };

function installedEngines(dir: string, out = new Map<string, string>()): Map<string, string> {
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const at = path.join(dir, name);
    if (name.startsWith('@')) {
      installedEngines(at, out);
      continue;
    }
    const file = path.join(at, 'package.json');
    if (!fs.existsSync(file)) continue;
    const p = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; engines?: { node?: string } };
    if (p.name && typeof p.engines?.node === 'string') out.set(`${p.name} (${path.relative(root, at)})`, p.engines.node);
    installedEngines(path.join(at, 'node_modules'), out);
  }
  return out;
}

describe('the Node version', () => {
  // the lowest version of each range `engines` allows: "^22.19.0 || >=24.0.0" → 22.19.0 and 24.0.0
  const lowest = pkg.engines.node.split('||').map((r) => semver.minVersion(r.trim())!.version);

  it('every installed package accepts the lowest versions package.json allows', () => {
    const refusing = [...installedEngines(path.join(root, 'node_modules'))].flatMap(([name, range]) =>
      lowest.filter((v) => !semver.satisfies(v, range)).map((v) => `${name} needs ${range}, not ${v}`),
    );
    expect(refusing).toEqual([]);
  });

  it('the README states the same lowest version', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const [major, minor] = lowest[0]!.split('.');
    expect(readme).toContain(`Node.js ${major}.${minor} or newer`);
  });
});

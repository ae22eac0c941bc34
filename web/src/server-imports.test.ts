import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The web app imports the server's pure rules (`@server/…`: limits, lifecycles, k-anonymity) so both sides say the
 * same. Whatever those files import lands in the browser's bundle, and every package in it lands in the one `vendor`
 * file every page loads (web/vite.config.ts): a rule that pulled in the validation library made every first load
 * 16 KB gzip heavier. This walks the value imports from the web's own files through the server's files and names any
 * chain that reaches a server-only package. It is a test beside depcruise's `web-reaches-no-node-code` (the same kind of
 * rule, for Node code) because depcruise's `reachable` follows type-only imports too: the same list there flags 160
 * paths through `import type`, which leave nothing in the bundle.
 */
const root = path.resolve(import.meta.dirname, '../..');
const serverOnly = /^(zod|drizzle-orm|fastify|@fastify\/|pg|@electric-sql\/|node:)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The modules a file imports for their values (type-only imports leave nothing in the bundle). */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^(import|export)\s+(?!type\s)[^;]*?\sfrom\s+'([^']+)'/gms)].map((m) => m[2]!);
}

function serverFile(spec: string, from: string): string {
  const target = spec.startsWith('@server/') ? path.join(root, 'src', spec.slice('@server/'.length)) : path.resolve(path.dirname(from), spec);
  return target.replace(/\.js$/, '.ts');
}

describe('what the web takes from the server', () => {
  it('reaches no server-only package (the validation library, the database, Node) through the rules it imports', () => {
    const found: string[] = [];
    const seen = new Set<string>();
    const walk = (file: string, chain: string[]) => {
      if (seen.has(file) || !fs.existsSync(file)) return;
      seen.add(file);
      for (const spec of valueImports(file)) {
        if (serverOnly.test(spec)) found.push([...chain, path.relative(root, file), spec].join(' → '));
        else if (spec.startsWith('.')) walk(serverFile(spec, file), [...chain, path.relative(root, file)]);
      }
    };
    const webFiles = sourceFiles(path.join(root, 'web/src'));
    for (const file of webFiles)
      for (const spec of valueImports(file)) if (spec.startsWith('@server/')) walk(serverFile(spec, file), [path.relative(root, file)]);
    expect(seen.size).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });
});

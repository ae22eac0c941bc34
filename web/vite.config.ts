import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { en } from './src/i18n/en.js';
import { ru } from './src/i18n/ru.js';
import { textGroups, textsOf, type TextGroup } from './src/i18n/text-groups.js';

const root = fileURLToPath(new URL('.', import.meta.url));

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every script, style sheet and SVG of the build, once at
 * build time, at the strongest settings; the server sends the copy the browser accepts (@fastify/static's
 * preCompressed). A copy that would not be smaller is not written.
 */
function precompress(): Plugin {
  return {
    name: 'gorod:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      const files = Object.keys(bundle).filter((name) => /\.(js|css|svg)$/.test(name));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(dir, name);
          const raw = await fs.readFile(file);
          const [br, gz] = await Promise.all([
            brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
            gzip(raw, { level: 9 }),
          ]);
          if (br.length < raw.length) await fs.writeFile(`${file}.br`, br);
          if (gz.length < raw.length) await fs.writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * `web/src/i18n/ru.ts?texts=<group>`: the keys of one text group (web/src/i18n/text-groups.ts) of a catalogue, so
 * each group of each language is a file of its own that a page fetches when it needs it. While editing (`vite`
 * serve) the module filters the live catalogue, so changes to the texts still reload.
 */
function textGroupFiles(): Plugin {
  const catalogues = { ru, en };
  let serving = false;
  return {
    name: 'gorod:text-groups',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    load(id) {
      const match = /^(.*[\\/]i18n[\\/])(ru|en)\.ts\?texts=(\w+)$/.exec(id);
      if (!match) return null;
      const [, dir, lang, group] = match as unknown as [string, string, 'ru' | 'en', TextGroup];
      if (!textGroups.includes(group)) this.error(`no text group ${group} (web/src/i18n/text-groups.ts)`);
      if (serving) {
        return `import { ${lang} } from ${JSON.stringify(`${dir}${lang}.ts`)};
import { textsOf } from ${JSON.stringify(`${dir}text-groups.ts`)};
export default textsOf(${lang}, ${JSON.stringify(group)});`;
      }
      return `export default ${JSON.stringify(textsOf(catalogues[lang], group))};`;
    },
  };
}

/** What web/dist/route-preloads.json says (the server reads it: src/core/http/route-preloads.ts). */
interface RoutePreloads {
  /** per page address (web/src/app.tsx's route patterns): its own scripts beyond the entry's, and its text groups */
  routes: Record<string, { scripts: string[]; texts: string[]; signedIn?: true }>;
  /** per language, each text group's script */
  texts: Record<string, Record<string, string>>;
}

/**
 * Writes web/dist/route-preloads.json: for each page of web/src/app.tsx (`const XPage = lazyPage(() => withTexts([…],
 * import('./pages/x.js')))` and the route whose element names it), the page's chunk with every chunk it imports that
 * the entry does not already bring, the styles those chunks import, and its text groups. The server lists them as
 * `<link rel="modulepreload">` (`rel="preload" as="style"`) in
 * that page's index.html, so the browser fetches the page's code and texts beside the entry instead of after it
 * (for a page only the signed-in see, only when the request carries a session cookie).
 */
function routePreloads(): Plugin {
  return {
    name: 'gorod:route-preloads',
    apply: 'build',
    // last: Vite drops the chunks that only carried a page's CSS in its own generateBundle, and a page's list must
    // not name them
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const appFile = path.join(root, 'src', 'app.tsx');
        const source = await fs.readFile(appFile, 'utf8');
        const pages = new Map<string, { module: string; texts: string[] }>();
        for (const m of source.matchAll(/const (\w+) = lazyPage\(\s*\(\) =>\s*(?:withTexts\(\[([^\]]*)\],\s*)?import\('([^']+)'\)/g)) {
          const texts = [...(m[2] ?? '').matchAll(/'(\w+)'/g)].map((t) => t[1]!);
          pages.set(m[1]!, { module: path.resolve(path.dirname(appFile), m[3]!).replace(/\.js$/, ''), texts });
        }
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const byModule = new Map(chunks.filter((c) => c.facadeModuleId).map((c) => [c.facadeModuleId!.replace(/\.tsx?$/, ''), c]));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (file: string, seen = new Set<string>()) => {
          if (seen.has(file)) return seen;
          seen.add(file);
          for (const i of byFile.get(file)?.imports ?? []) if (i in bundle) closure(i, seen);
          return seen;
        };
        const entry = new Set<string>();
        for (const c of chunks) if (c.isEntry) closure(c.fileName, entry);
        const out: RoutePreloads = { routes: {}, texts: {} };
        for (const c of chunks) {
          const texts = /[\\/](ru|en)\.ts\?texts=(\w+)$/.exec(c.facadeModuleId ?? '');
          if (texts) (out.texts[texts[1]!] ??= {})[texts[2]!] = `/${c.fileName}`;
        }
        // each route's text runs from its path to the next one's; its page is the first lazy page named there
        const paths = [...source.matchAll(/path: '([^']+)'/g)];
        paths.forEach((m, i) => {
          const text = source.slice(m.index, paths[i + 1]?.index ?? source.length);
          const name = [...text.matchAll(/<(\w+)[\s/>]/g)].map((e) => e[1]!).find((n) => pages.has(n));
          const page = name ? pages.get(name)! : undefined;
          const chunk = page ? byModule.get(page.module) : undefined;
          if (!page || !chunk) return;
          const files = [...closure(chunk.fileName)].filter((f) => !entry.has(f));
          const scripts = files.map((f) => `/${f}`);
          // the styles the page's chunks bring (its code waits for them before it draws)
          const styles = [...new Set(files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]))].map((f) => `/${f}`);
          out.routes[m[1]!] = {
            scripts,
            ...(styles.length ? { styles } : {}),
            texts: page.texts,
            // a page behind <RequireSignedIn> (or an administrator's…): a visitor who is not signed in is sent to sign in
            ...(/<Require\w+>/.test(text) ? { signedIn: true as const } : {}),
          };
        });
        this.emitFile({ type: 'asset', fileName: 'route-preloads.json', source: `${JSON.stringify(out, null, 1)}\n` });
      },
    },
  };
}

/** The web app: built into web/dist, which the server serves at / (every other page gets index.html). */
export default defineConfig({
  root,
  plugins: [textGroupFiles(), react(), routePreloads(), precompress()],
  // the server's pure rules (src/modules/*/domain, src/core/text, src/core/geo), as in tsconfig.json's paths
  resolve: { alias: { '@server': fileURLToPath(new URL('../src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // the server's CSP forbids inline scripts; keep Vite from inlining the module preload helper
    modulePreload: { polyfill: false },
    // libraries change less often than the app: their own file stays cached across releases
    // the map library is only needed by the report pages: its own chunk, loaded with them
    rolldownOptions: {
      output: {
        // a text group's file says which it is (texts-ru-base-…js)
        chunkFileNames: (chunk) => {
          const texts = /[\\/](ru|en)\.ts\?texts=(\w+)$/.exec(chunk.facadeModuleId ?? '');
          return texts ? `assets/texts-${texts[1]}-${texts[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            { name: 'leaflet', test: /node_modules[\\/]leaflet/, priority: 2 },
            // the query library and the typed client: their own cached file (vendor stays under the warning limit)
            { name: 'query', test: /node_modules[\\/](@tanstack|openapi-fetch)/, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
    chunkSizeWarningLimit: 400,
  },
  server: {
    // `npx vite --config web/vite.config.ts` for live editing next to `npm run dev` on port 3000
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

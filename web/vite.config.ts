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

/** The web app: built into web/dist, which the server serves at / (every other page gets index.html). */
export default defineConfig({
  root,
  plugins: [textGroupFiles(), react(), precompress()],
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

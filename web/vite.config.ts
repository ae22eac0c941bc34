import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web app: built into web/dist, which the server serves at / (every other page gets index.html). */
export default defineConfig({
  root,
  plugins: [react()],
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

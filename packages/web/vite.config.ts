/**
 * Vite build of the Peel web app. The engine (@peel/engine) is plain
 * TypeScript and is bundled straight from source; JSX uses React's automatic
 * runtime through Vite's built-in oxc transform (no React plugin needed).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The main chunk carries the engine with its name-tagger weights, window network and word clusters
    // (about 4.0 MB, 2.5 MB gzipped): compose needs them at the first keystroke. ECharts is a lazy chunk.
    // Splitting the engine into a lazy chunk (pages other than compose do not need it) is still to do.
    chunkSizeWarningLimit: 4500,
  },
  server: {
    // `npm run dev -w @peel/web` proxies the API to a locally running `npm start`.
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});

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
    // The engine with the name tagger's weights, window network and word clusters (about 3.9 MB,
    // 2.5 MB gzipped) is a lazy chunk, shared by the compose page and the approvals decision form, the
    // only pages that check posts in the browser; policy pages import @peel/engine/policy, which has no
    // recognisers. ECharts is a lazy chunk too.
    chunkSizeWarningLimit: 4500,
  },
  server: {
    // `npm run dev -w @peel/web` proxies the API to a locally running `npm start`.
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});

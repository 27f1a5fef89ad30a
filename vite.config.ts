import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The web application (app/) built into dist/app, which the Fastify server
 * serves with an SPA fallback. In development `vite` proxies /api to the API
 * server on port 3000 (`npm run dev` or `node dist/cli.js serve`).
 */
export default defineConfig({
  root: 'app',
  plugins: [react()],
  build: {
    outDir: '../dist/app',
    emptyOutDir: true,
    sourcemap: true,
    // The XLSX writer is a lazily loaded chunk; only the initial chunk must stay small.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});

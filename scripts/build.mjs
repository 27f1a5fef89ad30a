// Builds the server and CLI into dist/cli.js (one ESM bundle; npm packages stay
// external), then the web application into dist/app (vite, see vite.config.ts).
import { build } from 'esbuild';
import { build as buildApp } from 'vite';
import { chmod, readFile } from 'node:fs/promises';

const entry = 'server/cli/main.ts';
// esbuild keeps the entry's own shebang; add one only when the entry has none.
const hasShebang = (await readFile(entry, 'utf8')).startsWith('#!');

await build({
  entryPoints: [entry],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  ...(hasShebang ? {} : { banner: { js: '#!/usr/bin/env node' } }),
});
await chmod('dist/cli.js', 0o755);
console.error('built dist/cli.js');

// The shipped app is always a production build, even when a test runner set NODE_ENV=test.
process.env.NODE_ENV = 'production';
await buildApp({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
console.error('built dist/app');

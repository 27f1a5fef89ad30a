// `npm start`: builds what is missing or stale, creates the demo province on
// first run (SQLite by default), and serves http://localhost:3000.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(
  newest('server'),
  newest('shared'),
  existsSync('app') ? newest('app') : 0,
  statSync('package.json').mtimeMs,
);
const built = ['dist/cli.js', 'dist/app/index.html'];
if (built.some((f) => !existsSync(f) || statSync(f).mtimeMs < sources)) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync(
  process.execPath,
  ['dist/cli.js', 'serve', '--demo-if-empty', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);

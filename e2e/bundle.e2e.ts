/** The built application: a production bundle whose initial JavaScript stays small; the XLSX writer loads on demand. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const html = readFileSync('dist/app/index.html', 'utf8');
const initialScripts = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map(
  (m) => m[1] ?? '',
);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map(
  (m) => m[1] ?? '',
);

describe('the built web application', () => {
  it('loads well under 300 KB of gzipped JavaScript at first', () => {
    const files = [...initialScripts, ...preloads];
    expect(files.length).toBeGreaterThan(0);
    const gzipped = files.reduce(
      (sum, f) => sum + gzipSync(readFileSync(`dist/app/${f}`)).length,
      0,
    );
    console.error(`initial JS: ${files.join(', ')} = ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThan(200 * 1024);
  });

  it('is a production build and leaves the XLSX writer out of the first load', () => {
    // The entry and the chunks it preloads (code shared with the lazily loaded areas, e.g.
    // the table, is split into a chunk of its own that the entry preloads).
    const initial = [...initialScripts, ...preloads]
      .map((f) => readFileSync(`dist/app/${f}`, 'utf8'))
      .join('\n');
    expect(initial).not.toContain('react-devtools');
    expect(initial).toMatch(/xlsx-writer-[\w-]+\.js/); // referenced for the dynamic import…
    expect(html).not.toMatch(/xlsx-writer/); // …but not loaded by the page itself
  });
});

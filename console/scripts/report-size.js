// The first load: every JavaScript and CSS file index.html links, gzip-compressed as a CDN or the local
// run would send it. Fails the build over the budget of 150 KB; writes dist/size.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_BYTES = 150 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
let raw = 0;
let gzip = 0;
for (const asset of assets) {
  const bytes = readFileSync(join(dist, asset));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
const line = `first load: ${assets.length} files, ${raw} bytes, ${gzip} bytes gzip (${(gzip / 1024).toFixed(1)} KB of ${BUDGET_BYTES / 1024} KB)`;
writeFileSync(join(dist, 'size.txt'), `${line}\n`);
console.log(`console ${line}`);
if (gzip > BUDGET_BYTES) {
  console.error('console: the first load is over its budget');
  process.exit(1);
}

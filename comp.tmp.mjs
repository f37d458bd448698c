import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const sizes = {};
let prev = null;
map.eachMapping((m) => {
  if (prev) {
    let len;
    if (prev.generatedLine === m.generatedLine) len = m.generatedColumn - prev.generatedColumn;
    else len = lines[prev.generatedLine - 1].length - prev.generatedColumn;
    sizes[prev.source] = (sizes[prev.source] || 0) + len;
  }
  prev = m;
});
const tot = code.length;
const entries = Object.entries(sizes).sort((a, b) => b[1] - a[1]);
console.log(file, tot);
for (const [s, n] of entries.slice(0, 30)) console.log(String(n).padStart(7), s.replace(/.*node_modules\//, 'nm/').replace(/^(\.\.\/)+/, ''));

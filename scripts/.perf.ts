import fs from 'node:fs';
import { extractCandidates } from '../src/extract/extract';
import { fileLexicon } from '../src/extract/fileLexicon';
const corpus = JSON.parse(fs.readFileSync('../shared/extraction/corpus.json', 'utf8'));
let text = '';
while (text.split(/\s+/).length < 10000) for (const p of corpus.passages) text += p.text + '\n\n';
const lex = fileLexicon();
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = extractCandidates(text, lex, {});
  const c = process.cpuUsage(c0);
  console.log(text.split(/\s+/).length, 'words', r.candidates.length, 'candidates', (performance.now() - t0).toFixed(0), 'ms wall', ((c.user + c.system) / 1000).toFixed(0), 'ms cpu');
}

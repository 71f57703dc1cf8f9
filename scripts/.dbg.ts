import { extractCandidates } from '../src/extract/extract';
import { fileLexicon } from '../src/extract/fileLexicon';
const text = process.argv[2];
const r = extractCandidates(text, fileLexicon(), {});
for (const c of r.candidates) console.log(c.id, JSON.stringify(c.value_text), c.approximation, c.value, c.metric, c.country, '|', c.claimant?.name, '|', c.claimant?.mention, c.reasons.people);
for (const x of r.rejected) console.log('  rej', JSON.stringify(text.slice(x.start, x.end)), x.kind);

/**
 * READ_BOUNDS cuts a sentence past its bounds into pieces within them rather than leaving it unread: texts from the
 * independent reviews of round 45 (robust45's bounds had left the first two unread whole; the first cut lost the head's
 * source in later pieces and quoted pieces longer than a claim's quote may be).
 */
import fs from 'node:fs';
import { READ_BOUNDS } from '../../src/extract/extract';
import { fromRoot } from '../../src/paths';
import { run } from './support';

const COUNTRIES = [
  'Belgium',
  'France',
  'Germany',
  'Sweden',
  'Austria',
  'Denmark',
  'Finland',
  'Norway',
  'Netherlands',
  'Spain',
  'Italy',
  'Ireland',
  'Portugal',
  'Greece',
  'Poland',
  'Czechia',
  'Hungary',
  'Romania',
  'Bulgaria',
  'Slovakia',
  'Slovenia',
  'Croatia',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Luxembourg',
  'Malta',
  'Cyprus',
  'Switzerland',
  'Albania',
  'Kosovo',
  'Serbia',
  'Montenegro',
  'Turkey',
  'Russia',
  'Ukraine',
  'Georgia',
  'Azerbaijan',
  'Kazakhstan',
  'Kyrgyzstan',
  'Tajikistan',
  'Uzbekistan',
  'Turkmenistan',
  'Tunisia',
  'Morocco',
  'Algeria',
  'Libya',
  'Egypt',
  'Jordan',
  'Lebanon',
  'Indonesia',
  'Malaysia',
  'Philippines',
  'Australia',
  'Canada',
  'Bosnia and Herzegovina',
  'North Macedonia',
  'Saudi Arabia',
  'United States',
  'United Kingdom',
];

test('READ_BOUNDS: a PDF paragraph with hard line wraps and no full stop (12,600 characters, 90 figures) is read', () => {
  let pdf = 'Executive summary\n';
  for (let i = 0; i < 45; i++)
    pdf += `the authorities of the region reported that returnees and their families continue to face obstacles while some ${100 + i} women and ${200 + i} children remain in camps in northeast Syria according to the Kurdish-led administration\n`;
  const { candidates, unread } = run(pdf);
  // 68510460: 90 candidates in ~200 ms; 31a4d165: 0 candidates, one unread "sentence" of 12,617 characters
  expect({ unread: unread?.length ?? 0, candidates: candidates.length }).toEqual({ unread: 0, candidates: 90 });
});

test('READ_BOUNDS: a run-in list of 60 countries, each with its year and a count of women (180 numbers), is read', () => {
  const text =
    'According to the report, foreign fighters numbered as follows: ' +
    COUNTRIES.map((c, i) => `${c} ${100 + i * 7} (${2014 + (i % 3)}), of whom ${10 + i} women`).join(', ') +
    '.';
  const { candidates, unread } = run(text);
  // 68510460: 120 candidates in ~150 ms; 31a4d165: 0, "the sentence has 180 numbers"
  expect({ unread: unread?.length ?? 0, candidates: candidates.length }).toEqual({ unread: 0, candidates: 120 });
});

test('every piece of a cut sentence keeps the source named at its head', () => {
  const text =
    'According to the report, foreign fighters numbered as follows: ' +
    COUNTRIES.map((c, i) => `${c} ${100 + i * 7} (${2014 + (i % 3)}), of whom ${10 + i} women`).join(', ') +
    '.';
  const { candidates } = run(text);
  expect(candidates).toHaveLength(120);
  const unattributed = candidates.filter((c) => c.cue === null).map((c) => c.value_text);
  expect(unattributed).toEqual([]);
});

test('a candidate read from a piece has a quote a claim can take', () => {
  let pdf = 'Executive summary\n';
  for (let i = 0; i < 45; i++)
    pdf += `the authorities of the region reported that returnees and their families continue to face obstacles while some ${100 + i} women and ${200 + i} children remain in camps in northeast Syria according to the Kurdish-led administration\n`;
  const { candidates } = run(pdf);
  expect(candidates).toHaveLength(90);
  expect(Math.max(...candidates.map((c) => c.quote.exact.length))).toBeLessThanOrEqual(5000);
});

test('a sentence as long as the bound allows quotes no more than a claim quote may hold', () => {
  const claim = JSON.parse(fs.readFileSync(fromRoot('schemas/claim.json'), 'utf8'));
  const quote = JSON.stringify(claim).match(/"quote":\{"type":"string","minLength":1,"maxLength":(\d+)/);
  expect(quote).not.toBeNull();
  expect(READ_BOUNDS.sentenceCharacters).toBeLessThanOrEqual(Number(quote![1]));
});

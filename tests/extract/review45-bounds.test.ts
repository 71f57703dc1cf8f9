/**
 * READ_BOUNDS cuts a sentence past its bounds into pieces within them rather than leaving it unread: texts from the
 * independent review of round 45, each of which robust45's bounds had left unread whole.
 */
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

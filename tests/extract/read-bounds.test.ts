/**
 * The extractor's bounds on its work (READ_BOUNDS): a sentence too long or with too many numbers, and the numbers after
 * a text's bound, are not read, and the extraction lists them with why; the sentences around them are read as before.
 * Through the API: read-bounds-api.test.ts (on the run's PostgreSQL; this file meets none, so CI's second pass skips it).
 */
import { extractCandidates, READ_BOUNDS } from '../../src/extract/extract';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { HOSTILE_CASES } from '../../bench/lib/hostileTexts';
import { listOf, manyNumbers, READ } from './readBoundsTexts';

const lexicon = fileLexicon();

test('a sentence with more numbers than the bound is not read and is listed with its count; the next one is read', () => {
  const over = manyNumbers(READ_BOUNDS.sentenceNumbers + 1);
  const text = `${over} ${READ}`;
  const { candidates, unread } = extractCandidates(text, lexicon);
  expect(unread).toEqual([
    {
      start: 0,
      end: over.length,
      reason: `the sentence has ${READ_BOUNDS.sentenceNumbers + 1} numbers, more than the ${READ_BOUNDS.sentenceNumbers} the extractor reads in one sentence`,
      part: 'sentence',
    },
  ]);
  expect(candidates.map((c) => c.value_text)).toEqual(['120']);
});

test('a sentence past the bound that commas cut into pieces within it is read piece by piece, nothing unread', () => {
  const text = `${listOf(READ_BOUNDS.sentenceNumbers * 2 + 10)} ${READ}`;
  const { candidates, unread } = extractCandidates(text, lexicon);
  expect(unread).toEqual([]);
  expect(candidates).toHaveLength(READ_BOUNDS.sentenceNumbers * 2 + 11);
  expect(candidates.at(-1)?.value_text).toBe('120');
});

test('a sentence with as many numbers as the bound is read', () => {
  const { candidates, unread } = extractCandidates(manyNumbers(READ_BOUNDS.sentenceNumbers), lexicon);
  expect(unread).toEqual([]);
  expect(candidates.length).toBeGreaterThan(0);
});

test('a sentence longer than the bound is not read: its figures are listed unread and its words name no source', () => {
  const long = `Officials said 300 fighters ${'and the ministry of the interior reported again '.repeat(130)}returned.`;
  expect(long.length).toBeGreaterThan(READ_BOUNDS.sentenceCharacters);
  const text = `${long} ${READ}`;
  const { candidates, unread } = extractCandidates(text, lexicon);
  expect(unread).toEqual([
    {
      start: 0,
      end: long.length,
      reason: `the sentence has ${long.length.toLocaleString('en-GB')} characters, more than the ${READ_BOUNDS.sentenceCharacters.toLocaleString('en-GB')} the extractor reads`,
      part: 'sentence',
    },
  ]);
  expect(candidates.map((c) => [c.value_text, c.claimant?.name ?? null])).toEqual([['120', 'Officials']]);
});

test('the numbers after the text bound are not read, sentence by sentence, and those before it are', () => {
  const bounds = { ...READ_BOUNDS, textNumbers: 4 };
  const text = Array.from({ length: 4 }, (_, i) => `Officials said ${100 + i} fighters returned from Syria.`).join(' ');
  const { candidates, unread } = extractCandidates(text, lexicon, { bounds });
  // (each sentence holds one number: the first four are read)
  expect(candidates.map((c) => c.value_text)).toEqual(['100', '101', '102', '103']);
  expect(unread).toEqual([]);
  const more = `${text} Officials said 104 fighters returned from Syria. Officials said 105 fighters returned from Syria.`;
  const past = extractCandidates(more, lexicon, { bounds });
  expect(past.candidates.map((c) => c.value_text)).toEqual(['100', '101', '102', '103']);
  expect(past.unread.map((u) => [more.slice(u.start, u.end), u.reason])).toEqual([
    ['Officials said 104 fighters returned from Syria.', 'the text has more than 4 numbers: the extractor reads that many in one text'],
    ['Officials said 105 fighters returned from Syria.', 'the text has more than 4 numbers: the extractor reads that many in one text'],
  ]);
});

test('a text past the bound on its length is read up to the sentence the bound cuts, the rest one unread span', () => {
  const bounds = { ...READ_BOUNDS, textCharacters: 120 };
  const sentence = (n: number) => `Officials said ${n} fighters returned from Syria.`;
  const within = [100, 101].map(sentence).join(' ');
  expect(extractCandidates(within, lexicon, { bounds }).unread).toEqual([]);
  // (the third sentence is cut by the bound at 120 characters: it and the fourth are not read)
  const text = `${[100, 101, 102, 103].map(sentence).join(' ')}\n`;
  const { candidates, unread } = extractCandidates(text, lexicon, { bounds });
  expect(candidates.map((c) => c.value_text)).toEqual(['100', '101']);
  expect(unread.map((u) => [text.slice(u.start, u.end), u.part, u.reason])).toEqual([
    [
      `${sentence(102)} ${sentence(103)}`,
      'rest',
      'the text has more than 120 characters: the extractor reads that many in one text, and the rest of it from here was not read (send it on its own)',
    ],
  ]);
});

test('a text cut by the bound on its length within one sentence is never cut inside a surrogate pair', () => {
  const bounds = { ...READ_BOUNDS, textCharacters: 120 };
  // (the 120th and 121st code units are the two halves of one emoji: the review found the unread span opening on the second)
  const text = `${'x'.repeat(119)}\u{1F600} and 40 fighters returned from Syria with no full stop in sight`;
  const { unread } = extractCandidates(text, lexicon, { bounds });
  expect(unread).toHaveLength(1);
  expect(unread[0].start).toBe(119);
  expect(text.codePointAt(unread[0].start)).toBe(0x1f600);
});

test('unread spans point into the text as pasted, not its reading copy', () => {
  // (soft hyphens and a no-break space are read through the reading copy, whose offsets differ)
  const over = `\u00ad\u00ad${manyNumbers(READ_BOUNDS.sentenceNumbers + 5)}`;
  const text = `${over}\u00a0${READ}`;
  const { unread } = extractCandidates(text, lexicon);
  expect(unread).toHaveLength(1);
  expect(text.slice(unread[0].start, unread[0].end)).toMatch(/^Officials said 10 fighters and .* returned\.$/);
});

test('every hostile case of the bench, at 40,000 characters, is read or listed unread: nothing proposed from an unread span', () => {
  for (const c of HOSTILE_CASES) {
    const text = c.make(40_000);
    const { candidates, unread } = extractCandidates(text, lexicon);
    for (const u of unread) {
      expect(u.end).toBeGreaterThan(u.start);
      for (const cand of candidates) expect(cand.start >= u.end || cand.end <= u.start).toBe(true);
    }
  }
});

test('a report run-in list of fifty countries with a count of women each is read whole', () => {
  const countries = ['Belgium', 'France', 'Germany', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Austria', 'Italy', 'Spain'];
  const items = Array.from({ length: 50 }, (_, i) => `${countries[i % 10]} ${100 + i} (of whom ${10 + i} women)`);
  const text = `The study counted the foreign fighters who travelled to Syria by country of origin: ${items.join(', ')}.`;
  const { candidates, unread } = extractCandidates(text, lexicon);
  expect(unread).toEqual([]);
  expect(candidates).toHaveLength(100);
});

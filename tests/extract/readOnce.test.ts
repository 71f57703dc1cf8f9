/**
 * What the extractor reads once and shares (extract74): a name and its acronym in brackets read only before a bracket,
 * windows of dates and status cues read once per text. Sentences written for these tests.
 */
import { bracketedNames } from '../../src/extract/claimants';
import { datesIn } from '../../src/extract/dates';
import { statusesIn } from '../../src/extract/metric';
import { organisationsIn } from '../../src/extract/organisations';
import { bracketedMatches } from '../../src/extract/text';

/** A name of capitalised words, then its acronym in brackets, on one line. */
const NAME_THEN_ACRONYM = /(\p{Lu}[\p{L}'.-]*(?:[^\S\n]+(?:(?:of|for|the)[^\S\n]+)*\p{Lu}[\p{L}'.-]*){0,5})[^\S\n]+\(([^()\s]{2,8})\)/gu;
const INSIDE = /[^()\s]{2,8}\)/y;
const NAME_CHAR = /^(?:[\p{L}'.-]|[^\S\n])$/u;

const both = (text: string) => ({
  whole: [...text.matchAll(NAME_THEN_ACRONYM)].map((m) => [m.index, m[0], m[1], m[2]]),
  before: bracketedMatches(text, NAME_THEN_ACRONYM, INSIDE, NAME_CHAR).map((m) => [m.index, m[0], m[1], m[2]]),
});

describe('a name and its acronym read only before a bracket', () => {
  test('the same matches as a scan of the whole text, at the same offsets', () => {
    const texts = [
      'The Harbour Watch Office (HWO) counted 40 boats; the Board of Port Pilots (BPP) counted 38.',
      'Lakeside Rescue (see page 4) and the River Guard Unit (RGU) searched.',
      'A note (Harbour Board (HB) figures) gave 12.',
      'Harbour Board\n(HB) gave 12, the Coast Desk (\u00c9CD) gave 9.',
      'Nobody (x) here (a b) but Hill Station North (HSN).',
      'Tall Cedars (TC)(TC2) and (Upper Dale (UD)',
      'Ends on an open bracket (',
    ];
    for (const text of texts) {
      const { whole, before } = both(text);
      expect(before).toEqual(whole);
    }
    expect(both(texts[0]).before).toEqual([
      [0, 'The Harbour Watch Office (HWO)', 'The Harbour Watch Office', 'HWO'],
      [53, 'Board of Port Pilots (BPP)', 'Board of Port Pilots', 'BPP'],
    ]);
    // a name stops at a line's end and at another bracket
    expect(both(texts[3]).before.map((m) => m[1])).toEqual(['Coast Desk (\u00c9CD)']);
    expect(both(texts[2]).before.map((m) => m[1])).toEqual(['Harbour Board (HB)']);
  });

  test('leaves the pattern as it found it, for a scan of the whole text after it', () => {
    bracketedMatches('The Harbour Watch Office (HWO) counted 40.', NAME_THEN_ACRONYM, INSIDE, NAME_CHAR);
    expect(NAME_THEN_ACRONYM.lastIndex).toBe(0);
  });

  test('the bodies a text names with their acronyms, by name and by acronym', () => {
    const text =
      'According to the Northern Border Guard Service (NBGS), 40 crossed.\nThe Lakeland Ministry of Coastal Affairs (LMCA) said 12 more were held. (No acronym here) The NBGS said 3.';
    expect([...bracketedNames(text)]).toEqual([
      ['northern border guard service', 'Northern Border Guard Service (NBGS)'],
      ['nbgs', 'Northern Border Guard Service (NBGS)'],
      ['lakeland ministry of coastal affairs', 'Lakeland Ministry of Coastal Affairs (LMCA)'],
      ['lmca', 'Lakeland Ministry of Coastal Affairs (LMCA)'],
    ]);
    expect(organisationsIn(text, [])).toEqual([
      { name: 'Northern Border Guard Service', acronym: 'NBGS', country: null },
      { name: 'Lakeland Ministry of Coastal Affairs', acronym: 'LMCA', country: null },
    ]);
  });
});

describe('windows read once per text', () => {
  test('each call gets an array of its own: changing one leaves the next call whole', () => {
    const text = 'In March 2021 the court heard that 14 men were arrested in May 2020 and later convicted.';
    const first = datesIn(text, 0, text.length, '2022-01-10');
    expect(first.map((d) => d.value)).toEqual(['2021-03', '2020-05']);
    first.pop();
    expect(datesIn(text, 0, text.length, '2022-01-10').map((d) => d.value)).toEqual(['2021-03', '2020-05']);
    const cues = statusesIn(text, 0, text.length);
    // (in the order of the status patterns, the more specific first)
    expect(cues.map((h) => [h.metric, h.words])).toEqual([
      ['convicted', 'convicted'],
      ['arrested', 'arrested'],
    ]);
    cues.length = 0;
    expect(statusesIn(text, 0, text.length).map((h) => h.metric)).toEqual(['convicted', 'arrested']);
  });

  test('another text, or another publication date, is read afresh', () => {
    const text = 'Police said 30 were detained last March.';
    expect(datesIn(text, 0, text.length, '2024-06-01').map((d) => d.value)).toEqual(['2024-03']);
    expect(datesIn(text, 0, text.length, '2025-02-01').map((d) => d.value)).toEqual(['2024-03']);
    expect(datesIn(text, 0, text.length, '2025-06-01').map((d) => d.value)).toEqual(['2025-03']);
    const other = 'Police said 30 were killed last March.';
    expect(statusesIn(text, 0, text.length).map((h) => h.metric)).toEqual(['arrested']);
    expect(statusesIn(other, 0, other.length).map((h) => h.metric)).toEqual(['killed']);
  });
});

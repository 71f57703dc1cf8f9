/**
 * Country on unseen text (extract34): the parts of a group's strength, returnees "from" a country, a wire story's
 * dateline, a nationality told of a share, a region's nationals, people under investigation. Sentences written for
 * these tests; each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };
/** "Around 150 …, an official said." as of the publication date */
const around150 = { value_text: 'Around 150', value: 150, approximation: 'approximately' as const, as_of: '2025-06-01' };
const official = { claimant: 'official', mention: 'an official', cue: 'said' };

describe("a part of a group's strength, taken back to no nationality, takes none either", () => {
  test('"some 1,200 fighters, about 200 of them women": the 200 are of no stated nationality', () => {
    const text =
      'Swedish security police estimate that about 300 Swedes have travelled to Syria. ' +
      'The group is believed to number some 1,200 fighters, about 200 of them women, the report said.';
    const report = { claimant: 'Swedish security police', mention: 'the report', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'about 300',
        value: 300,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'SE',
        claimant: 'Swedish security police',
        mention: 'Swedish security police',
        cue: 'estimate',
        as_of: '2025-06-01',
      }),
      expected({ value_text: 'some 1,200', value: 1200, approximation: 'approximately', metric: 'members', ...report }),
      expected({
        value_text: 'about 200',
        value: 200,
        approximation: 'approximately',
        metric: 'members',
        ...report,
        relations: ['part_of c2'],
      }),
    ]);
  });
});

describe('returnees "from" a country came back from it: it is not their nationality', () => {
  test('"Around 150 returnees from Syria": no nationality stated, not Syrians', () => {
    expect(shapes('Around 150 returnees from Syria are being monitored, an official said.', at)).toEqual([
      expected({ ...around150, metric: 'returnees', ...official }),
    ]);
  });

  test('but people "from" a country with no word of coming back are its nationals', () => {
    expect(shapes('Around 150 fighters from Tunisia are held in Syria, an official said.', at)).toEqual([
      expected({ ...around150, metric: 'arrested', country: 'TN', ...official }),
    ]);
  });
});

describe("a wire story's dateline opens another story: the country of the story before is not carried into it", () => {
  test('"DUSHANBE, Tajikistan (AP) — Some 60 children were brought back" after a Kazakh story takes no Kazakh nationality', () => {
    const text =
      'ALMATY, Kazakhstan (AP) — Around 150 Kazakh women have returned from Syria, an official said.\n\n' +
      'DUSHANBE, Tajikistan (AP) — Some 60 children were brought back from camps in Syria on Monday, the foreign ministry said.';
    expect(shapes(text, at)).toEqual([
      expected({ ...around150, metric: 'returnees', country: 'KZ', ...official }),
      expected({
        value_text: 'Some 60',
        value: 60,
        approximation: 'approximately',
        metric: 'returnees',
        // (brought home to the country of its own story's dateline: extract101)
        country: 'TJ',
        claimant: 'foreign ministry',
        mention: 'the foreign ministry',
        cue: 'said',
        as_of: '2025-05-26',
      }),
    ]);
  });
});

describe('a nationality told of a share of the people counted is not theirs all', () => {
  const agency = { claimant: 'agency', mention: 'the agency', cue: 'said' };
  const children = { value_text: 'An estimated 28,000', value: 28000, approximation: 'approximately' as const, metric: 'in_camps' };
  test('"28,000 children …, of whom about 60 per cent are Iraqi": no one nationality stated for the 28,000', () => {
    const text = 'An estimated 28,000 children remain in the camps, of whom about 60 per cent are Iraqi, the agency said.';
    expect(shapes(text, at)).toEqual([expected({ ...children, ...agency, as_of: '2025-06-01' })]);
  });

  test('but a nationality told of them all is theirs: "28,000 children …, who are all Iraqi"', () => {
    const text = 'An estimated 28,000 children remain in the camps, who are all Iraqi, the agency said.';
    expect(shapes(text, at)).toEqual([expected({ ...children, country: 'IQ', ...agency, as_of: '2025-06-01' })]);
  });
});

describe('"nationals of countries of the Western Balkans" are of the region', () => {
  test('the region named after "nationals of countries of" is whose nationals they are', () => {
    const text = 'Member States estimate that 1,100 nationals of countries of the Western Balkans travelled to Syria and Iraq.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '1,100',
        value: 1100,
        metric: 'foreign_fighters',
        country: 'BALKANS',
        claimant: 'Member States',
        mention: 'Member States',
        cue: 'estimate',
        as_of: '2025-06-01',
      }),
    ]);
  });
});

describe("people under investigation are a state's cases: the figure before does not say whose they are", () => {
  const kenyans = 'About 40 Kenyans have returned from Somalia, officials said. ';
  const about = (value_text: string, value: number) => ({ value_text, value, approximation: 'approximately' as const });
  const group = 'terrorism-all';
  const returned = { ...about('About 40', 40), metric: 'returnees', country: 'KE', group, as_of: '2025-06-01' };
  const officials = { claimant: 'officials', mention: 'officials', cue: 'said' };
  const investigated = { ...about('Some 25', 25), metric: 'under_investigation', group, as_of: '2025-06-01' };
  test('"Some 25 people are under investigation" after 40 Kenyans returned: no nationality stated', () => {
    const text = `${kenyans}Some 25 people are under investigation for terrorism offences.`;
    expect(shapes(text, at)).toEqual([expected({ ...returned, ...officials }), expected(investigated)]);
  });

  test('but "Some 25 of them" are of the people counted before', () => {
    const text = `${kenyans}Some 25 of them are under investigation for terrorism offences.`;
    expect(shapes(text, at)).toEqual([
      expected({ ...returned, ...officials }),
      expected({ ...investigated, country: 'KE', relations: ['part_of c1'] }),
    ]);
  });
});

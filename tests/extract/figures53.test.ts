/**
 * Figures the extractor missed and sources it did not read (extract53). Sentences written for these tests, in the
 * kinds of source the corpora lack (a US wire story, a regional daily, a court report, a UN panel's paragraphs, a fact
 * check, a transcript); each assertion is of the whole candidate.
 */
import { readingCopy } from '../../src/extract/pasted';
import { expected, run, shape, shapes } from './support';

const at = { published: '2026-03-01' };

describe('the people of a place the vocabulary gives no demonym for', () => {
  test('"more than 50 Minnesotans" count the people of Minnesota, a subdivision the ledger holds', () => {
    const text = 'More than 50 Minnesotans have left to join al-Shabaab in Somalia since 2007, the FBI said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'More than 50',
        value: 50,
        value_low: 50,
        approximation: 'more_than',
        country: 'US-MN',
        group: 'al-shabaab',
        claimant: 'FBI',
        mention: 'the FBI',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('"some 300 Tatars" are the people of Tatarstan', () => {
    expect(shapes('Some 300 Tatars are believed to have travelled to Syria.', at)).toEqual([
      expected({ value_text: 'Some 300', value: 300, approximation: 'approximately', country: 'RU-TA', as_of: '2026-03-01' }),
    ]);
  });

  test('"40 Texans" and "New Yorkers" are of their state by its ISO 3166-2 code, held by the ledger or not', () => {
    const text =
      'At least 40 Texans were arrested last year. About 40 New Yorkers were charged with supporting the Islamic State, prosecutors said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'At least 40',
        value: 40,
        value_low: 40,
        approximation: 'at_least',
        metric: 'arrested',
        country: 'US-TX',
        group: 'islamic-state',
        as_of: '2025',
      }),
      expected({
        value_text: 'About 40',
        value: 40,
        approximation: 'approximately',
        metric: 'charged',
        country: 'US-NY',
        group: 'islamic-state',
        claimant: 'prosecutors',
        mention: 'prosecutors',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('"Crimean Tatars" end a longer name and are not the people of Tatarstan', () => {
    expect(shapes('Some 300 Crimean Tatars were detained, the rights group said.', at)).toEqual([
      expected({
        value_text: 'Some 300',
        value: 300,
        approximation: 'approximately',
        metric: 'arrested',
        claimant: 'rights group',
        mention: 'the rights group',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });
});

describe('who hears or learns a figure does not state it', () => {
  test('"The minister was told that 45…" names who heard it, not who said it', () => {
    expect(shapes('The minister was told that 45 British nationals were still held in camps.', at)).toEqual([
      expected({ value_text: '45', value: 45, metric: 'in_camps', country: 'GB', as_of: '2026-03-01' }),
    ]);
  });

  test('"Parliament was told that 300…" opening its sentence names no source either', () => {
    expect(shapes('Parliament was told that 300 people had returned from Syria.', at)).toEqual([
      expected({ value_text: '300', value: 300, metric: 'returnees' }),
    ]);
  });

  test('the agent of a passive of telling states the figure: "was told by officials", "were informed by the interior minister"', () => {
    const text =
      'The panel was told by officials that about 500 fighters remained. Lawmakers were informed by the interior minister that 70 returnees were under surveillance.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'about 500',
        value: 500,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'officials',
        mention: 'officials',
        cue: 'told by',
        as_of: '2026-03-01',
      }),
      expected({
        value_text: '70',
        value: 70,
        metric: 'returnees',
        claimant: 'interior minister',
        mention: 'the interior minister',
        cue: 'informed by',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('"It emerged that 40…" names nobody, and a tag later in the sentence still does', () => {
    const text =
      'It emerged that 40 fighters had returned to Belgium. It emerged on Tuesday that 12 more had returned, the newspaper reported.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'returnees', country: 'BE' }),
      expected({
        value_text: '12',
        value: 12,
        metric: 'returnees',
        country: 'BE',
        claimant: 'newspaper',
        mention: 'the newspaper',
        cue: 'reported',
        as_of: '2026-02-24',
      }),
    ]);
  });
});

describe('the reading layer: a number broken inside a table s cell, single quotation marks', () => {
  const TABLE = 'Country | Returned | Prosecuted\nTajikistan | 2\n500 | 17\nKyrgyzstan | 1 200 | 40';

  test('"Tajikistan | 2\\n500 | 17" is one figure, 2 500, and every row keeps its columns', () => {
    const candidates = run(TABLE, at).candidates;
    expect(candidates.map((c) => TABLE.slice(c.start, c.end))).toEqual(['2\n500', '17', '1 200', '40']);
    expect(candidates.map(shape)).toEqual([
      expected({ value_text: '2\n500', value: 2500, metric: 'returnees', country: 'TJ', as_of: '2026-03-01' }),
      expected({ value_text: '17', value: 17, metric: 'charged', country: 'TJ', as_of: '2026-03-01' }),
      expected({ value_text: '1 200', value: 1200, metric: 'returnees', country: 'KG', as_of: '2026-03-01' }),
      expected({ value_text: '40', value: 40, metric: 'charged', country: 'KG', as_of: '2026-03-01' }),
    ]);
  });

  test('a row of a table as wide as its lines is not joined to the next: "101 | 5\\n102 | 7"', () => {
    const text = 'Prison | Inmates\nBlock 101 | 5\n102 | 7';
    expect(readingCopy(text).text).toBe(text);
  });

  test('"We" inside a quotation in single marks is the one quoted, not the document s author', () => {
    const options = { ...at, author: 'Amnesty International' };
    const single = 'Asked about the camps, the governor was blunt: ‘We believe 40 women from Europe are held in Roj.’';
    const double = 'Asked about the camps, the governor was blunt: “We believe 40 women from Europe are held in Roj.”';
    const camp = expected({ value_text: '40', value: 40, metric: 'in_camps', country: '150', as_of: '2026-03-01' });
    expect(shapes(single, options)).toEqual([camp]);
    expect(shapes(double, options)).toEqual([camp]);
  });

  test('apostrophes and a plural s possessive inside single marks do not close the quotation', () => {
    const text = '‘The ministry’s and the officials’ figures agree,’ she said.';
    expect(readingCopy(text).text).toBe('“The ministry’s and the officials’ figures agree,” she said.');
  });
});

describe('a count whose verb and people a coordinated clause leaves out', () => {
  test('"11 have been convicted under section 136 a and one under section 147 d"', () => {
    const text = 'Of the returnees, 11 have been convicted under section 136 a of the Penal Code and one under the former section 147 d.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '11', value: 11, metric: 'convicted', as_of: '2026-03-01' }),
      expected({ value_text: 'one', value: 1, metric: 'convicted', as_of: '2026-03-01' }),
    ]);
  });

  test('"two have been convicted, one in 2021 and one last year": the last is a count too', () => {
    const text = 'Four of those who returned have been charged; two have been convicted, one in 2021 and one last year.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Four', value: 4, metric: 'charged', as_of: '2026-03-01' }),
      expected({ value_text: 'two', value: 2, metric: 'convicted', as_of: '2021' }),
      expected({ value_text: 'one', value: 1, metric: 'convicted', as_of: '2025' }),
    ]);
  });

  test('no people before it, no count: "served 12 years in prison and 3 in exile"', () => {
    expect(shapes('He served 12 years in prison and 3 in exile.', at)).toEqual([]);
  });
});

describe('a bare number whose verb is a deed only people do', () => {
  test('"250 have returned", "Some 120 have left for Syria", "More than 400 had travelled to Iraq"', () => {
    const text =
      'Police say 250 have returned since 2019. Some 120 have left for Syria since 2014, the ministry said. More than 400 had travelled to Iraq by 2016.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '250',
        value: 250,
        metric: 'returnees',
        claimant: 'Police',
        mention: 'Police',
        cue: 'say',
        as_of: '2026-03-01',
      }),
      expected({
        value_text: 'Some 120',
        value: 120,
        approximation: 'approximately',
        claimant: 'ministry',
        mention: 'the ministry',
        cue: 'said',
        as_of: '2026-03-01',
      }),
      expected({ value_text: 'More than 400', value: 400, value_low: 400, approximation: 'more_than', as_of: '2016' }),
    ]);
  });
});

describe('a share whose predicate is a status or an origin', () => {
  test('"half were detained and a quarter were charged" are shares of the returnees', () => {
    expect(shapes('Of the 40 returnees, half were detained and a quarter were charged.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'returnees', as_of: '2026-03-01' }),
      expected({ value_text: 'half', fraction: 0.5, metric: 'arrested', as_of: '2026-03-01', relations: ['part_of c1'] }),
      expected({ value_text: 'a quarter', fraction: 0.25, metric: 'charged', as_of: '2026-03-01', relations: ['part_of c1'] }),
    ]);
  });

  test('"Around half came from Uzbekistan" is a share of the fighters before it, of Uzbekistan', () => {
    expect(shapes('Some 2,000 fighters joined the group. Around half came from Uzbekistan, he said.', at)).toEqual([
      expected({ value_text: 'Some 2,000', value: 2000, approximation: 'approximately', as_of: '2026-03-01' }),
      expected({
        value_text: 'Around half',
        approximation: 'approximately',
        fraction: 0.5,
        country: 'UZ',
        claimant: 'he',
        mention: 'he',
        cue: 'said',
        as_of: '2026-03-01',
        relations: ['part_of c1'],
      }),
    ]);
  });
});

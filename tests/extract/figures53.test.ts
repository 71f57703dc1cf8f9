/**
 * Figures the extractor missed and sources it did not read (extract53). Sentences written for these tests, in the
 * kinds of source the corpora lack (a US wire story, a regional daily, a court report, a UN panel's paragraphs, a fact
 * check, a transcript); each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

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

  test('"40 Texans" and "New Yorkers" are of the country of a state the ledger does not hold apart', () => {
    const text =
      'At least 40 Texans were arrested last year. About 40 New Yorkers were charged with supporting the Islamic State, prosecutors said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'At least 40',
        value: 40,
        value_low: 40,
        approximation: 'at_least',
        metric: 'arrested',
        country: 'US',
        group: 'islamic-state',
        as_of: '2025',
      }),
      expected({
        value_text: 'About 40',
        value: 40,
        approximation: 'approximately',
        metric: 'charged',
        country: 'US',
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

/**
 * Claimants on unseen text (extract25): where a cue's subject starts and ends, whom a later "he" or "she" stands for,
 * and a table's rows under an attributed line. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-20' };

describe("a cue's subject", () => {
  test('after an auxiliary and an adverb: "has repeatedly stated"', () => {
    expect(shapes('The government has repeatedly stated that 440 citizens remain in Syria.', at)).toEqual([
      expected({
        value_text: '440',
        value: 440,
        metric: 'still_in_conflict_zone',
        claimant: 'government',
        mention: 'The government',
        cue: 'stated',
        as_of: '2026-11-20',
      }),
    ]);
  });

  test('a clause before a name and its role is no part of the subject', () => {
    expect(shapes('Some 320 people are in custody, John Doe, the interior minister, said on Monday.', at)).toEqual([
      expected({
        value_text: 'Some 320',
        value: 320,
        approximation: 'approximately',
        metric: 'arrested',
        claimant: 'John Doe',
        mention: 'John Doe',
        cue: 'said',
        as_of: '2026-11-16',
      }),
    ]);
  });

  test('a passive\'s agent ends before "that", and a later role noun resolves to it', () => {
    const text = 'It is estimated by the ministry that 400 fighters remain abroad. The ministry also said 120 fighters had returned.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '400',
        value: 400,
        metric: 'members',
        claimant: 'ministry',
        mention: 'the ministry',
        cue: 'estimated by',
        as_of: '2026-11-20',
      }),
      expected({ value_text: '120', value: 120, metric: 'returnees', claimant: 'ministry', mention: 'The ministry', cue: 'also said' }),
    ]);
  });
});

describe('whom "he" and "she" stand for', () => {
  test('a full name opening a sentence as its subject, past a figureless "He, a former officer, …"', () => {
    const text =
      "Colonel Abdiaziz Warsame oversaw the defectors' programme until 2022. He, a former intelligence officer, now advises the regional government. He estimated about 1,300 fighters had passed through the camps.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'about 1,300',
        value: 1300,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'Abdiaziz Warsame',
        mention: 'He',
        cue: 'estimated',
      }),
    ]);
  });

  test('a name after an abbreviated title, and an unresolved "he" before it is nobody "she" stands for', () => {
    const text =
      'Asked about the camp, he would not comment.\n\nDr. Halima Yusuf, who runs a rehabilitation centre in Baidoa, disagrees. "We have received 230 young men since January," she said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '230',
        value: 230,
        metric: 'foreign_fighters',
        claimant: 'Halima Yusuf',
        mention: 'she',
        cue: 'said',
        as_of: '2026-11-20',
      }),
    ]);
  });
});

test("a table's rows under a line ending with a colon carry its attribution, as a list's items do", () => {
  const text =
    'Police detained 85 suspects in March, Somalia’s Interior Ministry said.\nAccording to the ministry, the arrests by region were:\nBanadir | 40\nJubaland | 25\nPuntland | 20';
  const ministry = { metric: 'arrested', claimant: 'Somalia’s Interior Ministry', as_of: '2026-11-20' };
  expect(shapes(text, at)).toEqual([
    expected({ value_text: '85', value: 85, ...ministry, mention: 'Somalia’s Interior Ministry', cue: 'said', as_of: '2026-03' }),
    expected({ value_text: '40', value: 40, ...ministry, mention: 'the ministry', cue: 'According to' }),
    expected({ value_text: '25', value: 25, ...ministry }),
    expected({ value_text: '20', value: 20, ...ministry }),
  ]);
});

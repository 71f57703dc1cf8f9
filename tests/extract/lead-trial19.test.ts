/**
 * A misreading the lead found on a Pakistani daily's story of their own (/root/s42/trial19.txt in the session's
 * scratch): "the suspects included 212 members of the banned Tehreek-i-Taliban Pakistan (TTP) and 96 of the Islamic
 * State's Khorasan branch (ISKP)" gave the 96 the TTP, the group nearest to it, not the one its people are of; and
 * "212 members of the TTP and 96 members of ISKP" made the 212 part of the 96 (read as "12 of the 300"). Sentences
 * written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-01' };

describe('the group a figure of people is of', () => {
  test('outranks a nearer group named before the figure', () => {
    expect(shapes('Police arrested 212 members of the TTP, and 96 members of ISKP were charged.', at)).toEqual([
      expected({ value_text: '212', value: 212, metric: 'arrested', group: 'tehrik-e-taliban-pakistan', as_of: '2026-12-01' }),
      expected({ value_text: '96', value: 96, metric: 'charged', group: 'islamic-state-khorasan-province', as_of: '2026-12-01' }),
    ]);
  });
});

describe('a figure of the people of one group and another of another', () => {
  test('is no part of the figure after the conjunction', () => {
    expect(shapes('Police arrested 212 members of the TTP and 96 members of ISKP on Monday.', at)).toEqual([
      expected({ value_text: '212', value: 212, metric: 'arrested', group: 'tehrik-e-taliban-pakistan', as_of: '2026-11-30' }),
      expected({ value_text: '96', value: 96, metric: 'arrested', group: 'islamic-state-khorasan-province', as_of: '2026-11-30' }),
    ]);
  });
});

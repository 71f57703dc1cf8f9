/**
 * A count inside the words that name a sentence's source is who speaks, not what is claimed: "…, according to two
 * officials", "…, three diplomats told Reuters" (found on the lead's probes of 6 Dec night: the number had been
 * proposed with the claim's metric). People counted who speak for a status the ledger counts stay claims. Sentences
 * written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('officials and diplomats counted as the source are no figure', () => {
  expect(shapes('Forty returnees were detained on Monday, according to two officials.', at)).toEqual([
    expected({
      value_text: 'Forty',
      value: 40,
      metric: 'arrested',
      claimant: 'two officials',
      mention: 'two officials',
      cue: 'according to',
      as_of: '2026-11-30',
    }),
  ]);
  expect(shapes('About 60 fighters crossed the border last week, three diplomats told Reuters.', at).map((c) => c.value_text)).toEqual([
    'About 60',
  ]);
});

test('the people counted before a cue whose status the ledger counts are still a figure', () => {
  expect(shapes('Twelve returnees told the court they had been recruited online.', at).map((c) => [c.value_text, c.metric])).toEqual([
    ['Twelve', 'returnees'],
  ]);
});

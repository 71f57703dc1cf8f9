/**
 * Country on unseen text, second round (extract49): "UK-linked individuals", "British-linked children" are the state's
 * own people, as a government's or a UN panel's wording counts its nationals and residents; "Iran-linked fighters" are a
 * state's proxies, of no nationality said, and "al Qaeda-linked JNIM" names no group but JNIM. Sentences written for
 * these tests, in the kinds of source the corpora lack (a UN panel's numbered paragraphs, a strike report); each
 * assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };

describe('people linked to a state are its own', () => {
  // (one sentence for both readings: the state's own people, and no carry from the country named before)
  test('"30 British-linked individuals" and "12 UK-linked children" are of the United Kingdom, whatever country came before', () => {
    const text =
      'The Panel was informed that some 450 fighters from Chad had joined the group. Member States reported that 30 British-linked individuals remained in north-east Syria, and that 12 UK-linked children had been repatriated.';
    const states = { claimant: 'Member States', mention: 'Member States', cue: 'reported' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'some 450', value: 450, approximation: 'approximately', country: 'TD' }),
      expected({ value_text: '30', value: 30, metric: 'still_in_conflict_zone', country: 'GB', ...states }),
      expected({ value_text: '12', value: 12, metric: 'returnees', country: 'GB', ...states }),
    ]);
  });
});

describe('a state s proxies and a group s ties name no nationality', () => {
  test('"12 Iran-linked fighters" killed are of no nationality said', () => {
    const text = 'The strike killed 12 Iran-linked fighters, officials said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        metric: 'killed',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('"the al Qaeda-linked JNIM" frames its figure with JNIM alone', () => {
    const text = 'Fighters of the al Qaeda-linked JNIM killed at least 27 soldiers, the army said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'at least 27',
        value: 27,
        value_low: 27,
        approximation: 'at_least',
        metric: 'victims_killed',
        group: 'jnim',
        claimant: 'army',
        mention: 'the army',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });
});

describe('the country of the town the people counted are from', () => {
  test('"Six young men from Tripoli in northern Lebanon" are Lebanese, the town unknown to the gazetteer', () => {
    const text = 'Six young men from Tripoli in northern Lebanon were killed in Syria, the family said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'Six',
        value: 6,
        metric: 'killed',
        country: 'LB',
        claimant: 'family',
        mention: 'the family',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('"About 30 recruits from Mombasa, Kenya," are Kenyans', () => {
    const text = 'About 30 recruits from Mombasa, Kenya, crossed into Somalia last year.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'About 30', value: 30, approximation: 'approximately', country: 'KE', as_of: '2025' }),
    ]);
  });

  test('"fighters from Raqqa in Syria" were there, of no nationality said', () => {
    const text = 'At least 12 fighters from Raqqa in Syria were killed in the strike.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'At least 12',
        value: 12,
        value_low: 12,
        approximation: 'at_least',
        metric: 'killed',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('"Two brothers from Luton" are of its subdivision by its ISO 3166-2 code (GB-LUT)', () => {
    const text = 'Two brothers from Luton were among the dead, officials said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'Two',
        value: 2,
        metric: 'killed',
        country: 'GB-LUT',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });
});

/**
 * A body described in apposition after its name ("Child Focus, a Belgian charity") is the one a later "the charity" names,
 * whether the description closes its sentence or is set off by commas. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-03' };

describe('a body described after its name is what the description later refers to', () => {
  test('a charity described at the end of its sentence is the later the charity', () => {
    expect(
      shapes(
        'About 30 children are held in Roj, the prosecutor said. Around 20 Belgian women are still held in al-Hol, according to ' +
          'Child Focus, a Belgian charity. The charity estimates that 12 more are in Roj.',
        at,
      ).map((c) => ({ value_text: c.value_text, claimant: c.claimant, mention: c.mention })),
    ).toEqual([
      { value_text: 'About 30', claimant: 'prosecutor', mention: 'the prosecutor' },
      { value_text: 'Around 20', claimant: 'Child Focus', mention: 'Child Focus' },
      { value_text: '12', claimant: 'Child Focus', mention: 'The charity' },
    ]);
  });

  test('a think tank described between commas is the later the think tank', () => {
    expect(
      shapes('The Soufan Center, a New York think tank, said 400 Tunisians had returned. The think tank said 60 of them were women.', at),
    ).toEqual([
      expected({
        value_text: '400',
        value: 400,
        metric: 'returnees',
        country: 'TN',
        claimant: 'Soufan Center',
        mention: 'The Soufan Center',
        cue: 'said',
        as_of: null,
      }),
      expected({
        value_text: '60',
        value: 60,
        metric: 'returnees',
        country: 'TN',
        group: null,
        claimant: 'Soufan Center',
        mention: 'The think tank',
        cue: 'said',
        as_of: '2026-12-03',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('a description with a possessive after a quoted speaker is the later description', () => {
    expect(
      shapes(
        'Some 2,100 women and children remain in al-Roj camp, the aid group Save Families said on Monday. "At least 300 of ' +
          "them are held without charge,\" said Maria Lindqvist, the group's director. The group's director added that about 40 were ill.",
        at,
      ).map((c) => ({ value_text: c.value_text, claimant: c.claimant, mention: c.mention })),
    ).toEqual([
      { value_text: 'Some 2,100', claimant: 'Save Families', mention: 'the aid group Save Families' },
      { value_text: 'At least 300', claimant: 'Maria Lindqvist', mention: 'Maria Lindqvist' },
      { value_text: 'about 40', claimant: 'Maria Lindqvist', mention: "The group's director" },
    ]);
  });
});

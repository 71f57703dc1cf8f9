/**
 * Claimants on unseen text (extract27): a transcript speaker's "our estimate" carried as the speaker's, and a body or a
 * name before a figure's noun after "by" ("By police count", "by UN estimates"). Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-20' };

test("in a speaker's turn, \"our estimate\" is the speaker's, and so is the turn's next figure", () => {
  const text =
    'CHAIR: How many British nationals are still in the camps?\n\nMINISTER: Our current estimate is that around 60 British nationals remain in camps in Syria. Of those, about 35 are children.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'around 60',
      value: 60,
      approximation: 'approximately',
      metric: 'in_camps',
      country: 'GB',
      claimant: 'Minister',
      // (extract38: "estimate" with a verb after it is the subject's noun, no cue: the mention is the whole noun phrase)
      mention: 'Our current estimate',
      as_of: '2026-11-20',
    }),
    expected({
      value_text: 'about 35',
      value: 35,
      approximation: 'approximately',
      metric: 'in_camps',
      country: 'GB',
      claimant: 'Minister',
      mention: null,
      relations: ['part_of c1'],
      as_of: '2026-11-20',
    }),
  ]);
});

describe('"by" and a body or a name before the figure\'s noun', () => {
  test('"By police count" names the police', () => {
    expect(shapes('By police count, 40 protesters were detained on Sunday.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'arrested', claimant: 'police', mention: 'police', cue: 'by', as_of: '2026-11-15' }),
    ]);
  });

  test('"By UN estimates" is the UN, not a subject "By UN" of the verb "estimates"', () => {
    expect(shapes('By UN estimates, 70,000 people live in the camp.', at)).toEqual([
      expected({ value_text: '70,000', value: 70000, metric: 'in_camps', claimant: 'UN', mention: 'UN', cue: 'by', as_of: '2026-11-20' }),
    ]);
  });

  test('"By Interpol\'s count" leaves "By" out of the mention; "by some estimates" names nobody', () => {
    const text = "By Interpol's count, 5,000 foreign fighters remain at large. By some estimates, 2,000 people joined the group.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '5,000',
        value: 5000,
        metric: 'wanted',
        claimant: 'Interpol',
        mention: "Interpol's count",
        as_of: '2026-11-20',
      }),
      expected({ value_text: '2,000', value: 2000, metric: 'foreign_fighters', as_of: '2026-11-20' }),
    ]);
  });
});

test('a phrase of place or time before a name is no role of it, and a team is an organisation, not a person', () => {
  const text = 'In a report released on Tuesday, the UN Monitoring Team said that between 5,000 and 6,000 fighters remain in Afghanistan.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'between 5,000 and 6,000',
      value: null,
      value_low: 5000,
      value_high: 6000,
      approximation: 'range',
      metric: 'members',
      claimant: 'UN Monitoring Team',
      mention: 'the UN Monitoring Team',
      cue: 'said',
      as_of: '2026-11-17',
    }),
  ]);
});

test('"replied" is a verb of saying: an answer\'s figure is the one who replies', () => {
  const text = 'Asked how many had returned, the interior minister replied: "About 300."';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'About 300',
      value: 300,
      approximation: 'approximately',
      metric: 'returnees',
      claimant: 'interior minister',
      mention: 'the interior minister',
      cue: 'replied',
      // (told in the past: "had returned")
      as_of: null,
    }),
  ]);
});

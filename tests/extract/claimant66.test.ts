/**
 * Claimants on unseen text: sources the rules did not read (extract66). Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

test('a clause of manner naming who counted or reported a figure names its source, fronted or after the clause', () => {
  expect(
    shapes('As counted by the Syrian Observatory for Human Rights, 48 fighters were killed in the clashes near Deir ez-Zor.', at),
  ).toEqual([
    expected({
      value_text: '48',
      value: 48,
      metric: 'killed',
      claimant: 'Syrian Observatory for Human Rights',
      mention: 'the Syrian Observatory for Human Rights',
      cue: 'As counted by',
      as_of: '2026-12-06',
    }),
  ]);
  expect(shapes('Fifteen suspects were detained in the raids, as first reported by the state news agency.', at)).toEqual([
    expected({
      value_text: 'Fifteen',
      value: 15,
      metric: 'arrested',
      claimant: 'state news agency',
      mention: 'the state news agency',
      cue: 'as first reported by',
      as_of: '2026-12-06',
    }),
  ]);
});

test('a clause of manner after a main clause with its own cue is how the figure travelled, not its source', () => {
  expect(shapes('The Interior Ministry said 48 people were killed in the attack, as first reported by the state news agency.', at)).toEqual(
    [
      expected({
        value_text: '48',
        value: 48,
        metric: 'victims_killed',
        claimant: 'Interior Ministry',
        mention: 'The Interior Ministry',
        cue: 'said',
        // (the outlet the clause of manner names relays the ministry's figure: extract70)
        relayed_by: 'state news agency',
        as_of: '2026-12-06',
      }),
    ],
  );
  expect(shapes('Police said on Monday that 12 suspects were arrested, as reported by Reuters.', at).map((c) => c.claimant)).toEqual([
    'Police',
  ]);
});

test('figures recorded or counted by a body are that body s, as figures compiled by it are', () => {
  expect(
    shapes('Police data recorded by the Home Office show 187 arrests for terrorism-related activity in the year to June.', at),
  ).toEqual([
    expected({
      value_text: '187',
      value: 187,
      metric: 'arrested',
      group: 'terrorism-all',
      claimant: 'Home Office',
      mention: 'data recorded by the Home Office',
      cue: 'data recorded by',
      as_of: '2026-12-06',
    }),
  ]);
});

test('an adverb of frequency between a subject and its cue is no part of the subject', () => {
  expect(shapes('Officials in the province usually say about 30 fighters remain in the hills.', at)).toEqual([
    expected({
      value_text: 'about 30',
      value: 30,
      approximation: 'approximately',
      metric: 'members',
      claimant: 'Officials in the province',
      mention: 'Officials in the province',
      cue: 'say',
      as_of: '2026-12-06',
    }),
  ]);
});

test('a verb of telling with a pronoun as its object before a that-clause is a cue', () => {
  expect(shapes('The commander briefed us that security forces arrested 14 suspects after the ambush.', at)).toEqual([
    expected({
      value_text: '14',
      value: 14,
      metric: 'arrested',
      claimant: 'commander',
      mention: 'The commander',
      cue: 'briefed',
      as_of: '2026-12-06',
    }),
  ]);
});

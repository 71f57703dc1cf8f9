/**
 * A subdivision the ledger counts apart as the origin of the people counted (extract71): the people a subdivision's own
 * authorities bring home are its people, by its ISO 3166-2 code, as a state's are its nationals; and wherever a rule
 * gives a subdivision's code, the country it is within is offered as the other reading (`alternatives.country`); and
 * people of a subdivision said to have gone back to its country stay the subdivision's.
 * Sentences written for these tests in the style of wire stories; each assertion is of the whole candidate, with the
 * reason its country was given and its other readings.
 */
import type { CandidateReading } from '../../src/extract/candidate';
import { expected, run, shape, type Shape } from './support';

const at = { published: '2026-03-01' };

/** Each candidate's whole shape, with the reason for its country and its other readings. */
const read = (text: string) => run(text, at).candidates.map((c) => ({ ...shape(c), why: c.reasons.country, alternatives: c.alternatives }));
const withReadings = (s: Partial<Shape> & Pick<Shape, 'value_text'>, why: string, country?: CandidateReading<Shape['country']>[]) => ({
  ...expected({ as_of: '2026-03-01', ...s }),
  why,
  alternatives: country ? { country } : {},
});
const noNationality = { value: null, reason: "a state's own cases: no nationality stated" };

describe('people a subdivision counted apart brings home', () => {
  test('a republic government bringing back children brings back its own people, by its code', () => {
    expect(read('The Dagestani government says it has brought back 40 children from the camps in Syria.')).toEqual([
      withReadings(
        {
          value_text: '40',
          value: 40,
          metric: 'returnees',
          country: 'RU-DA',
          claimant: 'Dagestani government',
          mention: 'The Dagestani government',
          cue: 'says',
        },
        'brought home by the authorities of "Dagestani": Dagestan, a subdivision of RU the ledger counts apart (RU-DA), its own people',
        [{ value: 'RU', reason: "Dagestan's country: its people counted as its nationals" }, noNationality],
      ),
    ]);
  });

  test('so does a republic leader speaking of his administration', () => {
    expect(read("Ingushetia's leader said on Monday that his administration had brought home 26 women from Iraq.")).toEqual([
      withReadings(
        {
          value_text: '26',
          value: 26,
          metric: 'returnees',
          country: 'RU-IN',
          claimant: "Ingushetia's leader",
          mention: "Ingushetia's leader",
          cue: 'said',
          as_of: '2026-02-23',
        },
        'brought home by the authorities of "Ingushetia": Ingushetia, a subdivision of RU the ledger counts apart (RU-IN), its own people',
        [{ value: 'RU', reason: "Ingushetia's country: its people counted as its nationals" }, noNationality],
      ),
    ]);
  });

  test('control: a state government bringing people back brings back its nationals, with no subdivision reading', () => {
    expect(read('The Kazakh government says it has brought back 40 children from the camps in Syria.')).toEqual([
      withReadings(
        {
          value_text: '40',
          value: 40,
          metric: 'returnees',
          country: 'KZ',
          claimant: 'Kazakh government',
          mention: 'The Kazakh government',
          cue: 'says',
        },
        'brought home by "Kazakh", whose source gives it',
        [noNationality],
      ),
    ]);
  });

  test('control: the officials of a county the ledger does not count apart give no code', () => {
    expect(read('Officials in Kwale County say they have brought back 12 young men from Somalia.')).toEqual([
      withReadings(
        {
          value_text: '12',
          value: 12,
          metric: 'returnees',
          claimant: 'Officials in Kwale County',
          mention: 'Officials in Kwale County',
          cue: 'say',
        },
        '',
      ),
    ]);
  });
});

describe('the country a subdivision counted apart is within, as the other reading', () => {
  test('people named by a subdivision demonym: its code, or its country', () => {
    expect(read('About 300 Chechens have gone to Syria since 2013, officials said.')).toEqual([
      withReadings(
        {
          value_text: 'About 300',
          value: 300,
          approximation: 'approximately',
          country: 'RU-CE',
          claimant: 'officials',
          mention: 'officials',
          cue: 'said',
        },
        '"Chechens": Chechnya, a subdivision of RU the ledger counts apart (RU-CE)',
        [{ value: 'RU', reason: "Chechnya's country: its people counted as its nationals" }],
      ),
    ]);
  });

  test('control: people named by a state demonym have no other reading', () => {
    expect(read('About 300 Kazakhs have gone to Syria since 2013, officials said.')).toEqual([
      withReadings(
        {
          value_text: 'About 300',
          value: 300,
          approximation: 'approximately',
          country: 'KZ',
          claimant: 'officials',
          mention: 'officials',
          cue: 'said',
        },
        '"Kazakhs"',
      ),
    ]);
  });
});

describe('people of a subdivision gone back to its country', () => {
  const dagestan = (s: Partial<Shape> & Pick<Shape, 'value_text'>) =>
    expected({ group: 'islamic-state', as_of: '2020', country: 'RU-DA', ...s });
  const why = (text: string) => run(text, at).candidates.map((c) => c.reasons.country);

  test('stay of the subdivision the figure before in their sentence counts them by', () => {
    const text = 'Of the 150 residents of Dagestan who joined the Islamic State, 40 were killed and 30 had returned to Russia by 2020.';
    expect(run(text, at).candidates.map(shape)).toEqual([
      dagestan({ value_text: '150', value: 150 }),
      dagestan({ value_text: '40', value: 40, metric: 'killed', relations: ['part_of c1'] }),
      dagestan({ value_text: '30', value: 30, metric: 'returnees', relations: ['part_of c1'] }),
    ]);
    expect(why(text)[2]).toBe('"Russia", the country they went back to: of Dagestan, as the figure before (RU-DA)');
    expect(run(text, at).candidates[2].alternatives).toEqual({
      country: [{ value: 'RU', reason: "Dagestan's country: its people counted as its nationals" }],
    });
  });

  test('control: in a sentence of their own they are of the country they went back to', () => {
    const text = 'About 150 residents of Dagestan joined the Islamic State, officials said. By 2020, 30 had returned to Russia.';
    expect(run(text, at).candidates.map(shape)).toEqual([
      dagestan({
        value_text: 'About 150',
        value: 150,
        approximation: 'approximately',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2026-03-01',
      }),
      dagestan({ value_text: '30', value: 30, metric: 'returnees', country: 'RU' }),
    ]);
    expect(why(text)[1]).toBe('brought to "Russia" in its list item');
  });
});

/**
 * The other readings of a figure's country (web38): where a country rule chose between readings annotators split on,
 * the candidate carries the other plausible ones with their reasons (`alternatives.country`), its own country and
 * reason unchanged. Sentences written for these tests in the style of wire stories; each assertion is of the whole
 * candidate's shape, its country's reason and its alternatives.
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

describe('the other readings of a country a rule chose', () => {
  test('a state police arresting people of no stated nationality: no country, or the state', () => {
    expect(read('Kenyan police arrested 14 people in Mombasa on Tuesday, a spokesman said.')).toEqual([
      withReadings(
        {
          value_text: '14',
          value: 14,
          metric: 'arrested',
          claimant: 'spokesman',
          mention: 'a spokesman',
          cue: 'said',
          as_of: '2026-02-24',
        },
        '"Kenyan": counted by its own authorities, no nationality stated',
        [{ value: 'KE', reason: '"Kenyan": the state whose authorities count their own cases' }],
      ),
    ]);
  });

  test('returnees a state convicts are its own nationals, or of no stated nationality', () => {
    expect(read('Tajik courts have convicted 150 returnees since 2016, the prosecutor said.')).toEqual([
      withReadings(
        {
          value_text: '150',
          value: 150,
          metric: 'convicted',
          country: 'TJ',
          claimant: 'prosecutor',
          mention: 'the prosecutor',
          cue: 'said',
        },
        '"returnees" of the state whose authorities count their cases: its own nationals',
        [{ value: null, reason: "a state's own cases: no nationality stated" }],
      ),
    ]);
  });

  test('a carry into a sentence that names no nationality: the figure before, or none; a carry within one sentence has none', () => {
    const text =
      'Some 300 Kazakhs joined the Islamic State group, officials said. Around 120 are still in Syria, and 40 were killed there.';
    expect(read(text)).toEqual([
      withReadings(
        {
          value_text: 'Some 300',
          value: 300,
          approximation: 'approximately',
          country: 'KZ',
          group: 'islamic-state',
          claimant: 'officials',
          mention: 'officials',
          cue: 'said',
        },
        '"Kazakhs"',
      ),
      withReadings(
        {
          value_text: 'Around 120',
          value: 120,
          approximation: 'approximately',
          metric: 'still_in_conflict_zone',
          country: 'KZ',
          group: 'islamic-state',
        },
        'as the figure before it',
        [{ value: null, reason: 'its own sentence names no nationality' }],
      ),
      withReadings({ value_text: '40', value: 40, metric: 'killed', country: 'KZ', group: 'islamic-state' }, 'as the figure before it'),
    ]);
  });

  test('a list item headed by one country that names the nationality of its people: the heading, or the nationality', () => {
    const text = 'Foreign fighters by country:\n- France: 41 Moroccans\n- Belgium: 30';
    expect(read(text)).toEqual([
      withReadings({ value_text: '41', value: 41, country: 'FR' }, '"France" heads its list item', [
        { value: 'MA', reason: '"Moroccans" named in the item' },
      ]),
      withReadings({ value_text: '30', value: 30, country: 'BE' }, '"Belgium" heads its list item'),
    ]);
  });

  test('a police or court cases listed under a country in a text about one nationality: none stated, or the country of the item', () => {
    const text =
      'Some 300 Kazakhs joined the Islamic State group, officials said. About 150 Kazakhs have come back, the ministry said.\n\n' +
      'Police made arrests in several countries last year, Europol said:\n• Paraguay: 17 arrests\n• Spain: 9 arrests';
    const group = { group: 'islamic-state', claimant: 'Europol', metric: 'arrested' };
    expect(read(text)).toEqual([
      withReadings(
        {
          value_text: 'Some 300',
          value: 300,
          approximation: 'approximately',
          country: 'KZ',
          group: 'islamic-state',
          claimant: 'officials',
          mention: 'officials',
          cue: 'said',
        },
        '"Kazakhs"',
      ),
      withReadings(
        {
          value_text: 'About 150',
          value: 150,
          approximation: 'approximately',
          metric: 'returnees',
          country: 'KZ',
          group: 'islamic-state',
          claimant: 'ministry',
          mention: 'the ministry',
          cue: 'said',
        },
        '"Kazakhs"',
      ),
      withReadings(
        { value_text: '17', value: 17, ...group, mention: 'Europol', cue: 'said', as_of: '2025' },
        'a police\'s or court\'s cases, "Paraguay" heads its list item: no nationality stated',
        [{ value: 'PY', reason: '"Paraguay" heads its list item' }],
      ),
      withReadings(
        { value_text: '9', value: 9, ...group },
        'a police\'s or court\'s cases, "Spain" heads its list item: no nationality stated',
        [{ value: 'ES', reason: '"Spain" heads its list item' }],
      ),
    ]);
  });

  test('foreign nationals with one country named beside them: foreign nationals, or that country', () => {
    expect(read('Police in Bavaria arrested 12 foreign nationals, most of them from Syria, the ministry said.')).toEqual([
      withReadings(
        { value_text: '12', value: 12, metric: 'arrested', claimant: 'ministry', mention: 'the ministry', cue: 'said' },
        'foreign nationals of several countries',
        [{ value: 'SY', reason: '"Syria" named in its sentence' }],
      ),
    ]);
  });

  test('cases in a text about one nationality: none stated, or the figure before or the text nationality; its default, or none', () => {
    const text =
      'Some 500 Tunisians went to Libya, the ministry said. Tunisians made up the largest contingent. ' +
      'The interior ministry said 80 people were detained in 2024 and 60 in 2025. Around 200 more went to Syria.';
    const ministry = { claimant: 'interior ministry', mention: 'The interior ministry', cue: 'said', metric: 'arrested' };
    expect(read(text)).toEqual([
      withReadings(
        {
          value_text: 'Some 500',
          value: 500,
          approximation: 'approximately',
          country: 'TN',
          claimant: 'ministry',
          mention: 'the ministry',
          cue: 'said',
        },
        '"Tunisians"',
      ),
      withReadings(
        { value_text: '80', value: 80, as_of: '2024', ...ministry },
        "a state's cases counted as persons: no nationality stated",
        [{ value: 'TN', reason: 'as the figure before it' }],
      ),
      withReadings({ value_text: '60', value: 60, as_of: '2025', ...ministry }, "a police's or court's cases: no nationality stated", [
        { value: 'TN', reason: 'the nationality the text is about' },
      ]),
      withReadings(
        { value_text: 'Around 200', value: 200, approximation: 'approximately', country: 'TN' },
        'the nationality the text is about',
        [{ value: null, reason: 'its own sentence names no nationality' }],
      ),
    ]);
  });
});

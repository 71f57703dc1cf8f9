/**
 * Whose nationals, on ordinary news (extract68): people set apart from the nationalities named beside them ("the
 * remaining 11 held six other nationalities", "14 of other nationalities") are foreign nationals of no one stated
 * country, the README's "Other (foreign nationals)". Sentences written for these tests in the style of wire stories and
 * court reports; each assertion is of the whole candidate, with the reason its country was given.
 */
import { expected, run, shapes } from './support';

const at = { published: '2026-03-01' };
const why = (text: string) => run(text, at).candidates.map((c) => c.reasons.country);

describe('people of other nationalities than those named beside them', () => {
  test('the remaining ones who held other nationalities are foreign nationals of several countries', () => {
    const text =
      'Police in Milan detained 44 people in the raids: 21 were Egyptian nationals, 12 Tunisian, and the remaining 11 held six other nationalities, prosecutors said.';
    const said = { claimant: 'prosecutors', mention: 'prosecutors', cue: 'said', as_of: '2026-03-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '44', value: 44, metric: 'arrested', ...said }),
      expected({ value_text: '21', value: 21, metric: 'arrested', country: 'EG', ...said }),
      expected({ value_text: '12', value: 12, metric: 'foreign_fighters', country: 'TN', ...said }),
      expected({ value_text: '11', value: 11, metric: 'arrested', ...said }),
    ]);
    expect(why(text)[3]).toBe('foreign nationals of several countries');
  });

  test('a figure of other nationalities after a list of nationalities is of foreign nationals', () => {
    const text = 'A court in Istanbul has tried 64 suspects since March: 30 Turkish citizens, 20 Syrians and 14 of other nationalities.';
    expect(shapes(text, at)[3]).toEqual(expected({ value_text: '14', value: 14, as_of: '2026-03-01' }));
    expect(why(text)).toEqual([
      "an institution's cases: no nationality stated",
      '"Turkish"',
      '"Syrians"',
      'foreign nationals of several countries',
    ]);
  });

  test('control: other states named far from the figure, as where the people fought, say nothing of them', () => {
    const text =
      'Prosecutors in Dushanbe have charged 12 Tajik citizens under the article on taking part in armed conflicts on the territory of other states.';
    expect(run(text, at).candidates.map((c) => [c.value_text, c.metric, c.country, c.reasons.country])).toEqual([
      ['12', 'charged', 'TJ', '"Tajik"'],
    ]);
  });
});

describe('a figure after one item of a breakdown by nationality', () => {
  test('does not take the country of the item named last', () => {
    const text =
      'Police in Hamburg detained 12 people on Tuesday, among them five Syrian nationals and three Afghans. ' +
      'A further 20 people are under surveillance, officials said.';
    const held = { metric: 'arrested', as_of: '2026-03-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '12', value: 12, ...held, as_of: '2026-02-24' }),
      expected({ value_text: 'five', value: 5, country: 'SY', ...held, as_of: '2026-02-24', relations: ['part_of c1'] }),
      expected({ value_text: 'three', value: 3, country: 'AF', ...held, as_of: '2026-02-24', relations: ['part_of c1'] }),
      expected({ value_text: '20', value: 20, claimant: 'officials', mention: 'officials', cue: 'said', as_of: '2026-03-01' }),
    ]);
    const last = run(text, at).candidates[3];
    expect(last.reasons.country).toBe('after one of several nationalities counted before it: no one nationality stated');
    // (the workspace offers the carried country as a reading an editor picks with one click)
    expect(last.alternatives?.country).toEqual([{ value: 'AF', reason: 'as the figure before it' }]);
  });

  test('control: after people of one nationality the next sentence still counts more of them', () => {
    const text = 'About 60 Kazakhs returned from Syria in January. Another 40 returnees are expected in March.';
    expect(run(text, at).candidates.map((c) => [c.value_text, c.metric, c.country, c.reasons.country])).toEqual([
      ['About 60', 'returnees', 'KZ', '"Kazakhs"'],
      ['40', 'returnees', 'KZ', 'as the figure before it'],
    ]);
  });
});

describe('citizens in a sentence that opens with "its"', () => {
  test('are those of the state that opens the sentence before', () => {
    const text =
      'Uzbekistan has moved fastest. Its flights from Syria have brought home 531 citizens since 2019, most of them children, officials in Tashkent said. ' +
      'Tajikistan and Kyrgyzstan have been slower.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '531',
        value: 531,
        metric: 'returnees',
        country: 'UZ',
        claimant: 'officials in Tashkent',
        mention: 'officials in Tashkent',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
    expect(why(text)).toEqual(['"Uzbekistan", whose "its" opens the sentence']);
  });

  test('control: a sentence that does not open with "its" takes no state from the sentence before', () => {
    const text =
      'Uzbekistan has moved fastest, officials said. Flights from Syria have brought home 531 citizens since 2019. ' +
      'Tajikistan and Kyrgyzstan have been slower.';
    // (three states named once each: the text names no one of them most, and the citizens are of none)
    expect(run(text, at).candidates.map((c) => [c.value_text, c.country, c.reasons.country])).toEqual([['531', null, '']]);
  });
});

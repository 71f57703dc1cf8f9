/**
 * Whose nationals, on ordinary news (extract75): people counted as fighters or members in a text about one nationality,
 * in a sentence that tells of no going abroad or coming back, are counted where they are, of no stated nationality; the
 * nationality the text is about is that of its travellers. Sentences written for these tests in the style of a feature
 * story; each assertion is of the whole candidate, with the reason its country was given.
 */
import { expected, run, shapes } from './support';

const at = { published: '2026-03-01' };
const why = (text: string) => run(text, at).candidates.map((c) => c.reasons.country);
const about =
  'Young Finns are being drawn into violent networks online, investigators say. Finns who once went abroad to fight are a ' +
  'smaller worry now.\n\n';

describe('fighters or members counted at home in a text about one nationality', () => {
  test('extremists active in the country are of no stated nationality', () => {
    const text = `${about}The security service estimates that roughly 350 extremists are active in the country, a figure it says has grown every year.`;
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'roughly 350',
        value: 350,
        approximation: 'approximately',
        metric: 'members',
        country: null,
        claimant: 'security service',
        mention: 'The security service',
        cue: 'estimates',
        as_of: '2026-03-01',
      }),
    ]);
    expect(why(text)).toEqual(['fighters or members with no travel told: no nationality stated']);
    // (the editor is offered the nationality the text is about as its other reading)
    expect(run(text, at).candidates.map((c) => c.alternatives)).toEqual([
      { country: [{ value: 'FI', reason: 'the nationality the text is about' }] },
    ]);
  });

  test('persons a service follows at home are of no stated nationality', () => {
    const text = `${about}The security service says it follows about 80 persons who support violent jihadism, most of them under 25.`;
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'about 80',
        value: 80,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: null,
        claimant: 'security service',
        mention: 'The security service',
        cue: 'says',
        as_of: '2026-03-01',
      }),
    ]);
    expect(why(text)).toEqual(['fighters or members with no travel told: no nationality stated']);
  });

  test('control: a figure with no noun of its own counts the people named before, of the nationality the text is about', () => {
    const text = `${about}Roughly 350 are active in the country, the security service estimates.`;
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'Roughly 350',
        value: 350,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'FI',
        claimant: 'security service',
        mention: 'the security service',
        cue: 'estimates',
        as_of: '2026-03-01',
      }),
    ]);
    expect(why(text)).toEqual(['the nationality the text is about']);
  });

  test('control: a sentence that tells of travel counts the travellers of the nationality the text is about', () => {
    const text = `${about}The security service estimates that roughly 350 extremists travelled to Syria, a figure it says has grown every year.`;
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'roughly 350',
        value: 350,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'FI',
        claimant: 'security service',
        mention: 'The security service',
        cue: 'estimates',
        as_of: '2026-03-01',
      }),
    ]);
    expect(why(text)).toEqual(['the nationality the text is about']);
  });
});

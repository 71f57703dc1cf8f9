/**
 * Country on unseen text (extract40): the text gives whose people are counted in a form the reader missed — a capital's
 * own count, a state flying people home. Sentences written for these tests; each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe("a capital's own count is its state's, of the state's nationals", () => {
  test('"Dushanbe\'s figure for citizens who joined armed groups abroad" counts Tajiks', () => {
    const text = "Dushanbe's figure for citizens who joined armed groups abroad stays at 1,899.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '1,899',
        value: 1899,
        metric: 'foreign_fighters',
        country: 'TJ',
        group: 'jihadist-groups',
        claimant: 'Dushanbe',
        mention: "Dushanbe's figure",
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('"Tashkent\'s latest tally" of returnees counts Uzbeks', () => {
    const text = "Tashkent's latest tally puts the number of returnees at 531.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '531',
        value: 531,
        metric: 'returnees',
        country: 'UZ',
        claimant: 'Tashkent',
        mention: "Tashkent's latest tally",
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but a city that holds people names no nationality: "Kabul\'s prisons hold 300"', () => {
    expect(shapes("Kabul's prisons hold 300 suspected members of the group.", at)).toEqual([
      expected({ value_text: '300', value: 300, metric: 'members', as_of: '2025-06-01' }),
    ]);
  });
});

describe('a state that flies people home brings back its own nationals', () => {
  test('"When Kosovo flew 110 people home" counts Kosovars (a wire story)', () => {
    const text = 'When Kosovo flew 110 people home from camps in north-east Syria in April 2019, officials called it a start.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '110', value: 110, metric: 'foreign_fighters', country: 'XK', as_of: '2019-04' }),
    ]);
  });

  test('"Kazakhstan airlifted 40 women and children back" counts Kazakhs (a ministry statement)', () => {
    const text = 'Kazakhstan airlifted 40 women and children back from Syria on Tuesday, the foreign ministry said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'women_and_children',
        country: 'KZ',
        claimant: 'foreign ministry',
        mention: 'the foreign ministry',
        cue: 'said',
        as_of: '2025-05-27',
      }),
    ]);
  });

  test('but a state flying people elsewhere names no nationality: "Turkey flew 20 suspects to Germany"', () => {
    expect(shapes('Turkey flew 20 suspects to Germany on Monday.', at)).toEqual([
      expected({ value_text: '20', value: 20, metric: 'arrested', as_of: '2025-05-26' }),
    ]);
  });
});

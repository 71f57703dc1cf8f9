/**
 * Rules added for figures on unseen articles (branch extract17): figures the number finder or the people test missed
 * and numbers it took for counts of people, by class, chosen from the practice corpus and the studied held-out sets and
 * kept only where held-out 7 and 8 (scored in aggregate) did not fall; sentences written for these tests.
 */
import { sentences } from '../../src/extract/text';
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a factbox: a figure on a line of its own, its caption on the next', () => {
  const factbox = [
    'AT A GLANCE',
    '',
    'About 4,100',
    'Foreign fighters who joined the Islamic State, the interior ministry says',
    '',
    '350',
    'Tunisian women held in Syrian camps',
    '',
    '12',
    'Years since the first convoy left',
    '',
    '3',
    'Prisons holding convicted returnees',
  ].join('\n');

  test('the figure and its caption are one sentence', () => {
    const s = sentences(factbox);
    expect(s.map((x) => factbox.slice(x.start, x.end))).toEqual([
      'AT A GLANCE',
      'About 4,100\nForeign fighters who joined the Islamic State, the interior ministry says',
      '350\nTunisian women held in Syrian camps',
      '12\nYears since the first convoy left',
      '3\nPrisons holding convicted returnees',
    ]);
  });

  test('the caption says what the figure counts and who says so; durations and things stay out', () => {
    expect(shapes(factbox, at)).toEqual([
      expected({
        value_text: 'About 4,100',
        value: 4100,
        approximation: 'approximately',
        group: 'islamic-state',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'says',
        as_of: '2025-06-01',
      }),
      expected({ value_text: '350', value: 350, metric: 'in_camps', country: 'TN', group: 'islamic-state', as_of: '2025-06-01' }),
    ]);
  });

  test('a number alone on a line with no caption after it is still no figure', () => {
    expect(shapes('Page\n\n12\n\nThe camp held 300 women.', at).map((c) => c.value_text)).toEqual(['300']);
  });
});

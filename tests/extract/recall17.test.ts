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

describe('what a count of people is called, and the acts it is told by', () => {
  test('a toll or a strength a figure is said to be counts people', () => {
    expect(shapes('The death toll from the bombing rose to 45 on Sunday, police said.', at)).toEqual([
      expected({ value_text: '45', value: 45, metric: 'killed', claimant: 'police', mention: 'police', cue: 'said', as_of: '2025-06-01' }),
    ]);
    expect(shapes('Strength: 800-1,000 (2023 est.)', at)).toEqual([
      expected({
        value_text: '800-1,000',
        value_low: 800,
        value_high: 1000,
        approximation: 'range',
        metric: 'members',
        as_of: '2023',
      }),
    ]);
  });

  test('but a year before "its strength" is no count of it', () => {
    expect(shapes('From 2009 the movement moved much of its strength into the hills.', at)).toEqual([]);
  });

  test('repatriations, deportations and fatalities count the people they happen to', () => {
    expect(shapes('The number of repatriations for reasons of state security has reached 1,043.', at)).toEqual([
      expected({ value_text: '1,043', value: 1043, metric: 'returnees', as_of: '2025-06-01' }),
    ]);
    expect(shapes('Last year the interior ministry recorded 37 fatalities in attacks.', at)).toEqual([
      expected({
        value_text: '37',
        value: 37,
        metric: 'killed',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'recorded',
        as_of: '2024',
      }),
    ]);
  });
});

describe('a determiner right after a number opens another noun phrase', () => {
  test('a year before "the defendants" or "the number of" counts nothing', () => {
    expect(shapes('From 2014 to 2016 the defendants, aged between 22 and 40, travelled to Syria.', at)).toEqual([]);
    expect(shapes('Since 2016 the number of deportations on security grounds has reached 640.', at)).toEqual([
      expected({ value_text: '640', value: 640, metric: 'returnees', as_of: '2025-06-01' }),
    ]);
  });
});

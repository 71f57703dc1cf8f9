/**
 * Claimants (extract98): a capitalised role noun standing for the body the text named before it, a body named as a
 * headline's label, official figures with no author, and "data of" a body kept with its source noun. Sentences written
 * for these tests, in the shapes of grant applications, wire headlines and parliamentary replies.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };

describe('a capitalised role noun is the body the text named with that head', () => {
  test('the Committee is the committee named before, for its own figure and the figures it carries to', () => {
    expect(
      shapes(
        'In March the cabinet set up the Regional Reintegration and Rehabilitation Committee, with offices in Gao and Mopti. ' +
          'According to the Committee, its centres took in 212 former fighters by October. Of the 212, 19 are women.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '212',
        value: 212,
        metric: 'members',
        claimant: 'Regional Reintegration and Rehabilitation Committee',
        mention: 'the Committee',
        cue: 'According to',
        as_of: '2026-10',
      }),
      expected({ value_text: '212', value: 212, claimant: 'Regional Reintegration and Rehabilitation Committee', as_of: '2026-12-07' }),
      expected({
        value_text: '19',
        value: 19,
        claimant: 'Regional Reintegration and Rehabilitation Committee',
        as_of: '2026-12-07',
        relations: ['part_of c2'],
      }),
    ]);
  });

  test('the Office is the office named before it, opening its sentence', () => {
    expect(
      shapes('The case went to the Anti-Terrorism Prosecution Office in May. The Office said 96 defendants had been tried.', at),
    ).toEqual([
      expected({
        value_text: '96',
        value: 96,
        metric: 'charged',
        claimant: 'Anti-Terrorism Prosecution Office',
        mention: 'The Office',
        cue: 'said',
      }),
    ]);
  });

  test('a head the name goes on after is no end of a name', () => {
    expect(
      shapes(
        'The agency reports to the State Committee for National Security in Bishkek. According to the Committee, 140 citizens left for Syria.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '140',
        value: 140,
        claimant: 'Committee',
        mention: 'the Committee',
        cue: 'According to',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('a role noun in lower case may be any committee and keeps its own words', () => {
    expect(
      shapes(
        'In March the cabinet set up the Regional Reintegration and Rehabilitation Committee, with offices in Gao and Mopti. ' +
          'According to the committee, its centres took in 212 former fighters by October.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '212',
        value: 212,
        metric: 'members',
        claimant: 'committee',
        mention: 'the committee',
        cue: 'According to',
        as_of: '2026-10',
      }),
    ]);
  });
});

describe('a body named as a headline label is the source of the headline figures', () => {
  test('a ministry before the colon, the text after it no transcript', () => {
    expect(
      shapes(
        'Justice Ministry: 14 suspects charged over recruitment for Islamic State\n\nBAMAKO, Dec 7 - The charges were filed on Friday.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '14',
        value: 14,
        metric: 'charged',
        group: 'islamic-state',
        claimant: 'Justice Ministry (Mali)',
        mention: 'Justice Ministry',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('the label holds for its own line only, and the sentences after it keep their own sources', () => {
    expect(
      shapes(
        'Border Police: 31 migrants detained near the crossing\n\nPolice said the 31 were held overnight. A further 12 were released.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '31',
        value: 31,
        metric: 'arrested',
        claimant: 'Border Police',
        mention: 'Border Police',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: '31',
        value: 31,
        metric: 'arrested',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        as_of: '2026-12-07',
      }),
      expected({ value_text: '12', value: 12, metric: 'arrested', as_of: '2026-12-07' }),
    ]);
  });

  test('a heading that names no body is no source', () => {
    expect(shapes('Countering Violent Extremism: The centre received about 230 former fighters in 2025.', at)).toEqual([
      expected({ value_text: 'about 230', value: 230, approximation: 'approximately', metric: 'members', as_of: '2025' }),
    ]);
  });
});

describe('official figures with no author are the authorities', () => {
  test('official figures as the subject of show', () => {
    expect(shapes('Official figures show that around 240 Kosovars travelled to Syria.', at)).toEqual([
      expected({
        value_text: 'around 240',
        value: 240,
        approximation: 'approximately',
        country: 'XK',
        claimant: 'authorities (official figures)',
        mention: 'Official figures',
        cue: 'show',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('a speaker citing official figures keeps the figure as their own', () => {
    expect(shapes('The minister said 300 militants had been killed, citing official figures.', at)).toEqual([
      expected({ value_text: '300', value: 300, metric: 'killed', claimant: 'minister', mention: 'The minister', cue: 'said' }),
    ]);
  });
});

describe('data of a body, without an article, is quoted with its source noun', () => {
  test('data of the ministry keeps the noun, the data of the services gives the services', () => {
    expect(
      shapes(
        'According to data of the Interior Ministry, 63 citizens have left to join armed groups abroad. ' +
          'According to the data of the regional security services, 18 citizens have returned.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '63',
        value: 63,
        group: 'jihadist-groups',
        claimant: 'Interior Ministry',
        mention: 'data of the Interior Ministry',
        cue: 'According to',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: '18',
        value: 18,
        metric: 'returnees',
        group: 'jihadist-groups',
        claimant: 'regional security services',
        mention: 'the regional security services',
        cue: 'According to',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('a capitalised role noun is read back to a name written before it, never after', () => {
  test('a name written after the role noun is not what it stands for', () => {
    expect(shapes('According to the Committee, 40 fighters returned. The National Security Committee was set up later.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        claimant: 'Committee',
        mention: 'the Committee',
        cue: 'According to',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

/**
 * Claimants (extract117), from the studied sets' misread sources: a table's cell border ends the subject before a cue,
 * a note opening a bracket is no verb of the words before it, a verdict ("found two of them guilty") is no finding of a
 * figure, a second subject whose verb is left out ("…counts 80 and Norway's PST about 100") is its figure's source, and
 * a body classing a number of people ("classify about 300 people as dangerous") counts them. Sentences written for these
 * tests; the last test of the second and third groups is a guard that passes without its rule.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };

describe('a table row names the source in its own cell', () => {
  test('the subject of a cue in a table cell stops at the cell border before it', () => {
    expect(shapes('| 14 May | Raid | Djibo, Burkina Faso | JNIM said it had killed 100 soldiers. | JNIM |', at)).toEqual([
      expected({
        value_text: '100',
        value: 100,
        metric: 'victims_killed',
        group: 'jnim',
        claimant: 'JNIM',
        mention: 'JNIM',
        cue: 'said',
        as_of: '2026-05-14',
      }),
    ]);
  });

  test('a note in brackets after a name in a cell is no verb of saying', () => {
    expect(
      shapes('| 27 March | Car bomb | Gao, Mali | A bomber struck a market; 11 civilians were killed. | ISGS (claimed) |', at),
    ).toEqual([
      expected({
        value_text: '11',
        value: 11,
        metric: 'victims_killed',
        group: 'islamic-state-sahel-province',
        as_of: '2026-03-27',
      }),
    ]);
  });
});

describe('a verdict is no finding of a figure', () => {
  test('a tribunal finding defendants guilty states no figure of them', () => {
    expect(shapes('The tribunal found two of the five defendants guilty of recruiting fighters for Syria.', at)).toEqual([
      expected({
        value_text: 'two',
        value: 2,
        metric: 'convicted',
        as_of: '2026-12-07',
        relations: ['part_of c2'],
      }),
      expected({ value_text: 'five', value: 5, metric: 'charged', as_of: '2026-12-07' }),
    ]);
  });

  test('a court finding that a number travelled is still its finding', () => {
    expect(shapes('The court found that 40 of the accused had travelled to Syria.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'charged', claimant: 'court', mention: 'The court', cue: 'found' }),
    ]);
  });
});

describe('a second subject with the verb left out is the source of its own figure', () => {
  test('a possessor and an acronym after and take the second count', () => {
    expect(shapes("Finland's Supo counts about 80 travellers and Norway's PST about 100.", at)).toEqual([
      expected({
        value_text: 'about 80',
        value: 80,
        approximation: 'approximately',
        country: 'FI',
        claimant: "Finland's Supo",
        mention: "Finland's Supo",
        cue: 'counts',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: 'about 100',
        value: 100,
        approximation: 'approximately',
        country: 'NO',
        claimant: 'PST',
        mention: "Norway's PST",
        cue: 'counts',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('a definite delegation after a comma and and reports the figure after it', () => {
    expect(shapes('The Austrian delegation reported that 40 persons had been convicted, and the Slovak delegation 12.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'convicted',
        claimant: 'Austrian delegation',
        mention: 'The Austrian delegation',
        cue: 'reported',
      }),
      expected({
        value_text: '12',
        value: 12,
        metric: 'convicted',
        claimant: 'Slovak delegation',
        mention: 'the Slovak delegation',
        cue: 'reported',
      }),
    ]);
  });

  test('a second verb after and with its own object is no subject left without its verb', () => {
    expect(
      shapes(
        'Prosecutors said the cell carried out 14 attacks, which killed 37 police and army personnel and wounded dozens of others.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '37',
        value: 37,
        metric: 'victims_killed',
        claimant: 'Prosecutors',
        mention: 'Prosecutors',
        cue: 'said',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: 'dozens of',
        approximation: 'vague',
        metric: 'victims_injured',
        claimant: 'Prosecutors',
        mention: 'Prosecutors',
        cue: 'said',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('a body classing a number of people counts them', () => {
  test('the police classifying people as dangerous are the source of the number', () => {
    expect(shapes('The police classify about 300 people as dangerous.', at)).toEqual([
      expected({
        value_text: 'about 300',
        value: 300,
        approximation: 'approximately',
        claimant: 'police',
        mention: 'The police',
        cue: 'classify',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('a body classing a group and no number of people is no source of a later figure', () => {
    expect(
      shapes('The ministry classified the group as a terrorist organisation in 2019, and 40 of its members were arrested.', at),
    ).toEqual([expected({ value_text: '40', value: 40, metric: 'arrested', as_of: '2019' })]);
  });
});

/**
 * Claimants (extract114), from the lead's Austrian wire trial (trial8) and the aggregate sets' sources not read: a bare
 * plural of people who give figures ("officials", "police") is the subject of a clause of time as "the ministry" is, and
 * a person described by what they are is no body a later "the report" stands for, a publication before a relative
 * "that" giving a figure is its source (its noun no verb of reporting), and the text's own earlier version in a
 * correction is no source. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };

describe('a bare plural of officials opens a clause of time with its own source', () => {
  test('officials counting in a clause of time after when are the source of its figures', () => {
    expect(shapes('The number is higher than in 2019, when officials counted 320 travellers and 90 returnees.', at)).toEqual([
      expected({
        value_text: '320',
        value: 320,
        metric: 'foreign_fighters',
        claimant: 'officials',
        mention: 'officials',
        cue: 'counted',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: '90',
        value: 90,
        metric: 'returnees',
        claimant: 'officials',
        mention: 'officials',
        cue: 'counted',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('police saying in a clause of time after before are the source as the police would be', () => {
    expect(shapes('The border was closed in 2016, before police said 45 residents had left for Syria.', at)).toEqual([
      expected({
        value_text: '45',
        value: 45,
        metric: 'foreign_fighters',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2016',
      }),
    ]);
  });
});

describe('a person described by what they are is no author of a report named later', () => {
  test('the report after a researcher speaks is the agency that gave its report before', () => {
    expect(
      shapes(
        'The agency said in its annual report that 210 people had left. An independent researcher said 30 of them came back. The report also says 12 were convicted last year.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '210',
        value: 210,
        metric: 'foreign_fighters',
        claimant: 'agency',
        mention: 'The agency',
        cue: 'said',
      }),
      expected({
        value_text: '30',
        value: 30,
        metric: 'returnees',
        claimant: 'independent researcher',
        mention: 'An independent researcher',
        cue: 'said',
        as_of: '2026-12-07',
        relations: ['part_of c1'],
      }),
      expected({
        value_text: '12',
        value: 12,
        metric: 'convicted',
        claimant: 'agency',
        mention: 'The report',
        cue: 'also says',
        as_of: '2025',
      }),
    ]);
  });

  test('a named researcher disputing a possessed count is the she of the next sentence', () => {
    expect(
      shapes(
        'Interior Minister Anna Berger said some 25 adults remained in the camps. An independent researcher, Nina Scholz, disputed the ministry\'s count. "Our own count is closer to 35," she said.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'some 25',
        value: 25,
        approximation: 'approximately',
        metric: 'in_camps',
        claimant: 'Anna Berger',
        mention: 'Interior Minister Anna Berger',
        cue: 'said',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: 'closer to 35',
        value: 35,
        approximation: 'approximately',
        metric: 'in_camps',
        claimant: 'Nina Scholz',
        mention: 'she',
        cue: 'said',
        as_of: '2026-12-07',
        relations: ['contradicts c1'],
      }),
    ]);
  });
});

describe('a publication before a relative clause that gives a figure is no verb of reporting', () => {
  test('a report that put a strength, rejected by a spokesman, is the source of the strength', () => {
    expect(
      shapes("The spokesman rejected as propaganda a recent foreign report that put the group's strength at up to 2,500 fighters.", at),
    ).toEqual([
      expected({
        value_text: 'up to 2,500',
        value: 2500,
        value_high: 2500,
        approximation: 'at_most',
        metric: 'members',
        claimant: 'recent foreign report',
        mention: 'a recent foreign report',
        cue: 'put',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('officials who report that a number died still report it', () => {
    expect(shapes('Officials report that 40 fighters were killed.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'killed',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'report',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('the text correcting its own earlier version names no source', () => {
  test('an earlier version of this story in a correction is the publisher and no claimant', () => {
    expect(shapes('CORRECTION: An earlier version of this story said 72 suspects had been detained.', at)).toEqual([
      expected({ value_text: '72', value: 72, metric: 'arrested' }),
    ]);
  });
});

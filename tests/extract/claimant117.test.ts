/**
 * Claimants (extract117), from the studied sets' misread sources: a table's cell border ends the subject before a cue, and
 * a note opening a bracket is no verb of the words before it. Sentences written for these tests.
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

/** Who states a figure on text shaped like wires, statements, reports and court stories; sentences written for these tests. */
import { expected, shapes } from './support';

describe('claimants named by abbreviations', () => {
  test('a dotted abbreviation before the cue is the subject, not the end of a sentence', () => {
    expect(shapes('The U.N. said 300 Iraqi children had died.')[0]).toMatchObject({ mention: 'The U.N.', cue: 'said' });
    expect(shapes('Officials in the U.S. said 40 Americans had joined.')[0]).toMatchObject({ mention: 'Officials in the U.S.', country: 'US' });
  });
});

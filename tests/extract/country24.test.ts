/**
 * Country on unseen text (extract24): which frames say nothing of whose the people counted are. Sentences written for
 * these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('people killed take no nationality from a frame', () => {
  test('the country heading a section says where they died, not whose they were', () => {
    const text = [
      'Returns by country',
      'Nigeria',
      'Gunmen killed 14 people at a market in the north on Sunday, police said.',
      'Officials said 300 Nigerians came home from Libya this year.',
      'Ghana',
      'Officials said 40 Ghanaians came home.',
    ].join('\n\n');
    const officials = { claimant: 'Officials', mention: 'Officials', cue: 'said', as_of: '2025' };
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '14',
        value: 14,
        metric: 'victims_killed',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({ value_text: '300', value: 300, metric: 'returnees', country: 'NG', ...officials }),
      expected({ value_text: '40', value: 40, metric: 'returnees', country: 'GH', ...officials, as_of: '2025-06-01' }),
    ]);
  });

  test('nor does the nationality the text is about', () => {
    const text =
      'Gunmen killed 14 people at a market in the north on Sunday. Separately, officials said 300 Nigerians had come home ' +
      'from Libya this year. About 120 Nigerians are still stranded there, and more Nigerians are expected to return.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'victims_killed', as_of: '2025-06-01' }),
      expected({
        value_text: '300',
        value: 300,
        metric: 'returnees',
        country: 'NG',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2025',
      }),
      expected({
        value_text: 'About 120',
        value: 120,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        country: 'NG',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but people killed that the text says are its nationals are', () => {
    const text =
      'Fourteen Nigerians were killed at a market in the north on Sunday. Officials said 300 Nigerians had come home from ' +
      'Libya this year.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Fourteen', value: 14, metric: 'killed', country: 'NG', as_of: '2025-06-01' }),
      expected({
        value_text: '300',
        value: 300,
        metric: 'returnees',
        country: 'NG',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: '2025',
      }),
    ]);
  });
});

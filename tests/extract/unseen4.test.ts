/**
 * Rules added for unseen articles (branch extract15), chosen from the error classes of the practice corpus and
 * held-out sets 1-6; sentences written for these tests.
 */
import { shapes } from './support';

describe('country: whose nationals, read from the grammar of the clause', () => {
  test('an origin ("people from Kyrgyzstan") is a place only when its own clause brings people back from it', () => {
    const got = shapes(
      'The study counts 300 people from Uzbekistan, 200 people from Kyrgyzstan (15 of whom have returned home) and 90 women from Tajikistan.',
    );
    expect(got.map((c) => [c.value_text, c.country])).toEqual([
      ['300', 'UZ'],
      ['200', 'KG'],
      ['15', 'KG'],
      ['90', 'TJ'],
    ]);
    // the verb of bringing back in the origin's own clause: where they were, not whose
    expect(shapes('Kazakhstan has repatriated 40 women from Syria.').map((c) => [c.value_text, c.country])).toEqual([['40', 'KZ']]);
  });
});

/**
 * Rules added for unseen articles (branch extract14), chosen from aggregate error classes only; sentences written for
 * these tests.
 */
import { expected, shapes } from './support';

describe('country: only where the text makes the nationality evident', () => {
  test("victims of an attack take neither the attackers' nationality nor the one the text is about", () => {
    const got = shapes(
      'Kenyan authorities said 40 Kenyans had joined al-Shabaab in Somalia. Another 25 Kenyans returned home last year. ' +
        'The group killed 14 people in an attack on a bus near Mandera and wounded 9 others.',
    );
    expect(got.map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['40', 'foreign_fighters', 'KE'],
      ['25', 'returnees', 'KE'],
      ['14', 'victims_killed', null],
      ['9', 'victims_injured', null],
    ]);
  });
});

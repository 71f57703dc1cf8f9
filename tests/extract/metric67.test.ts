/**
 * Metric on unseen text (extract67): the figure's own clause before the default of travellers. Sentences written for
 * these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a part set before its "of them" leaves the whole its verb after it', () => {
  test('"Eleven nationals, six of them teenagers, were deported": the whole was deported too', () => {
    const text = 'Eleven nationals, six of them teenagers, were deported to Ghana on Tuesday, the immigration service said.';
    const said = { claimant: 'immigration service', mention: 'the immigration service', cue: 'said', as_of: '2025-05-27' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Eleven', value: 11, metric: 'returnees', country: 'GH', ...said }),
      expected({ value_text: 'six', value: 6, metric: 'returnees', country: 'GH', relations: ['part_of c1'], ...said }),
    ]);
  });

  test('a status inside the part is the part s own, with no verb after it: "27 returnees, 19 of them prosecuted (…)"', () => {
    const text = 'The ministry counts 27 returnees, 19 of them prosecuted (annual report, p. 14).';
    const counts = { claimant: 'ministry', mention: 'The ministry', cue: 'counts', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '27', value: 27, metric: 'returnees', ...counts }),
      expected({ value_text: '19', value: 19, metric: 'charged', relations: ['part_of c1'], ...counts }),
    ]);
  });
});

describe('a noun of status before "of" and the figure: "the arrest of 23 people", "the conviction of nine men"', () => {
  test('the arrest of and the conviction of name what happened to the people counted', () => {
    const text =
      'Police said they had completed the arrest of 23 people in dawn raids across Leeds. ' +
      'Prosecutors welcomed the conviction of nine men for funding the cell.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '23', value: 23, metric: 'arrested', claimant: 'Police', mention: 'Police', cue: 'said' }),
      expected({ value_text: 'nine', value: 9, metric: 'convicted', as_of: '2025-06-01' }),
    ]);
  });
});

describe('a noun of status with its "of" tells of the figure after it, not of one before it', () => {
  test('"nine suspects …; the conviction of seven of them": the nine are suspects, the seven convicted', () => {
    const text = 'The court heard the case of nine suspects on Monday; the conviction of seven of them was announced on Friday.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'nine', value: 9, metric: 'arrested', as_of: '2025-05-26' }),
      expected({ value_text: 'seven', value: 7, metric: 'convicted', relations: ['part_of c1'], as_of: '2025-05-30' }),
    ]);
  });
});

describe('women and children counted in a whole of a status are what the whole is, their being women is their group', () => {
  test('the women and children among the residents of a camp are in camps; among travellers they stay women and children', () => {
    const camp = 'The camp census counts 300 residents of Roj, among them 120 women and 180 children.';
    const counts = { claimant: 'camp census', mention: 'The camp census', cue: 'counts', as_of: '2025-06-01' };
    expect(shapes(camp, at)).toEqual([
      expected({ value_text: '300', value: 300, metric: 'in_camps', ...counts }),
      expected({ value_text: '120', value: 120, metric: 'in_camps', relations: ['part_of c1'], ...counts }),
      expected({ value_text: '180', value: 180, metric: 'in_camps', relations: ['part_of c1'], ...counts }),
    ]);
    const flight = 'The flight carried 40 nationals, including 12 women and 28 children.';
    expect(shapes(flight, at)).toEqual([
      expected({ value_text: '40', value: 40, as_of: '2025-06-01' }),
      expected({ value_text: '12', value: 12, metric: 'women', relations: ['part_of c1'], as_of: '2025-06-01' }),
      expected({ value_text: '28', value: 28, metric: 'children', relations: ['part_of c1'], as_of: '2025-06-01' }),
    ]);
  });
});

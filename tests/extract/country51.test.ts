/**
 * Country on unseen text, third round (extract51): the people a figure's words refer to (a figure joined to the next one
 * that names them, a part taken from a whole named by its number or right after it, a conjunct whose noun the sentence
 * leaves out, citizens), and nationality words that name somebody else (the people recruited, a state's speaker), where
 * people travelled to, a state returning its people and a title opened by a country. Sentences written for these tests
 * in the kinds of source the corpora lack (a live blog, a consular note, a prison inspectorate's report, a UN meeting
 * record, an explainer, an NGO's release); each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };

describe('where people went, who brought them back, and a title', () => {
  test('"four had travelled to Syria and returned" are of the prisoners, not brought to Syria', () => {
    expect(shapes('1.1 Of the British prisoners, four had travelled to Syria and returned.', at)).toEqual([
      expected({ value_text: 'four', value: 4, metric: 'returnees', country: 'GB' }),
    ]);
  });
});

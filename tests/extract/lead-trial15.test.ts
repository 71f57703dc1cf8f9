/**
 * Misreadings the lead found on a security service's annual report summary of their own (/root/s42/trial15.txt in the
 * session's scratch): "rose in 2025 to 28,650 persons (2024: 27,200)" dated the 28,650 by the bracketed comparison's
 * year; the right-wing extremism section's figures took the Islamist group the report's first heading named; and "513
 * persons were classified as relevant persons" (a German police category beside the Gefährder) read as travellers.
 * Sentences written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-06-10' };

describe('a year labelling a bracketed comparison', () => {
  test('dates the figure it labels, not the one before the bracket', () => {
    expect(shapes('The Islamist personnel potential rose in 2025 to 28,650 persons (2024: 27,200).', at)).toEqual([
      expected({ value_text: '28,650', value: 28650, metric: 'members', as_of: '2025' }),
      expected({ value_text: '27,200', value: 27200, metric: 'members', as_of: '2024' }),
    ]);
  });
});

describe('another cause than the ledger groups', () => {
  test('a section heading naming right-wing extremism ends the frame of the group named before it', () => {
    expect(
      shapes(
        'Islamic State\n\nIslamic State has 1,200 members in the country.\n\nRight-wing extremism\n\nThe scene has 3,300 members.',
        at,
      ),
    ).toEqual([
      expected({ value_text: '1,200', value: 1200, metric: 'members', group: 'islamic-state', as_of: '2026-06-10' }),
      expected({ value_text: '3,300', value: 3300, metric: 'members', as_of: '2026-06-10' }),
    ]);
  });

  test('a sentence naming right-wing extremists takes no group from the paragraph before it', () => {
    expect(shapes('Islamic State has 1,200 members. The right-wing extremist personnel potential grew to 50,250 persons.', at)).toEqual([
      expected({ value_text: '1,200', value: 1200, metric: 'members', group: 'islamic-state', as_of: '2026-06-10' }),
      expected({ value_text: '50,250', value: 50250, metric: 'members', as_of: '2026-06-10' }),
    ]);
  });
});

describe('relevant persons are classified as a threat', () => {
  test('persons classified as relevant persons', () => {
    expect(shapes('A further 513 persons were classified as "relevant persons".', at)).toEqual([
      expected({ value_text: '513', value: 513, metric: 'classified_threat', as_of: '2026-06-10' }),
    ]);
  });
});

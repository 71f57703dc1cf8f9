/**
 * A claimant's name without the words that describe the body before it ("Kurdish-led", "London-based", "so-called"):
 * the README and the ledger's actors name the body, and an actor is matched by its name. Sentences written for these tests.
 */
import { shapes } from './support';

const named = (text: string) => shapes(text).map((s) => [s.value_text, s.claimant, s.mention]);

test('a body named after a descriptor of who leads, backs or hosts it is proposed by its name, its acronym kept', () => {
  expect(named('The Kurdish-led Syrian Democratic Forces (SDF) said it was holding some 9,000 suspected fighters.')).toEqual([
    ['some 9,000', 'Syrian Democratic Forces (SDF)', 'The Kurdish-led Syrian Democratic Forces (SDF)'],
  ]);
  expect(named('The London-based Syrian Observatory for Human Rights said 31 people were killed.')).toEqual([
    ['31', 'Syrian Observatory for Human Rights', 'The London-based Syrian Observatory for Human Rights'],
  ]);
  expect(named('The US-backed Government of National Accord said 45 fighters had been captured.')[0][1]).toBe(
    'Government of National Accord',
  );
});

test('a description that is all the claimant has keeps its words (controls)', () => {
  expect(named('The Saudi-led coalition said 40 fighters were killed.')).toEqual([
    ['40', 'Saudi-led coalition', 'The Saudi-led coalition'],
  ]);
  expect(named('Iran-aligned militias said they had lost 40 fighters.')[0][1]).toBe('Iran-aligned militias');
});

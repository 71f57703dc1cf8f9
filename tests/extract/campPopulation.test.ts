/**
 * A camp's whole population is of no one nationality (the README), and so is a share of it, whatever nationality the
 * text is about. Sentences written for this test.
 */
import { shapes } from './support';

test('a share of a camp whole population takes no nationality, not the one the text is about', () => {
  const text =
    'Iraq repatriated 712 of its citizens from the camp on Tuesday, the latest of more than 9,000 Iraqis brought home. ' +
    'The camp held about 40,000 people at the start of the year, roughly half of them children, according to the United Nations.';
  expect(shapes(text).map((c) => [c.value_text, c.metric, c.country])).toEqual([
    ['712', 'returnees', 'IQ'],
    ['more than 9,000', 'returnees', 'IQ'],
    ['about 40,000', 'in_camps', null],
    ['roughly half', 'in_camps', null],
  ]);
});

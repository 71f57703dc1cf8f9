/**
 * The state that brings people home (the lead, 6 Dec late night): a state named in an armed group's name before a
 * clause that turns to the government bringing people back is not their bringer. Sentences written for these tests.
 */
import { shapes } from './support';

const at = { published: '2026-12-04' };

test('a government urged to bring men back is not the state in the jailers name', () => {
  const text =
    'Dozens of Maldivian men were still held in prisons run by the Syrian Democratic Forces, and the group urged the government to bring back all 34 men.';
  const thirtyFour = shapes(text, at).find((c) => c.value_text === '34');
  expect(thirtyFour?.country).not.toBe('SY');
});

test('a state whose government brings its people home still gives them its nationality', () => {
  expect(shapes('French authorities have repatriated 57 women and children.', at)[0]).toMatchObject({ country: 'FR' });
  expect(shapes("Kazakhstan's government said it had brought back 40 children.", at)[0]).toMatchObject({ country: 'KZ' });
});

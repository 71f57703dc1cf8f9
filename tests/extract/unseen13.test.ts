/**
 * Faults found by the lead's probe articles of session 25 (a wire story on surrenders, a police data release, a
 * translated ministry statement): an inverted tag whose speaker has an abbreviated rank, a relative clause's verb of
 * saying read as the sentence's. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

test('an inverted tag keeps its speaker past the full stops of abbreviated ranks', () => {
  expect(shapes('"We have received 37 returnees so far this year," said Brig. Gen. Yusuf Amiri of the border agency.', at)).toEqual([
    expected({
      value_text: '37',
      value: 37,
      metric: 'returnees',
      claimant: 'Brig. Gen. Yusuf Amiri of the border agency',
      mention: 'Brig. Gen. Yusuf Amiri of the border agency',
      cue: 'said',
      as_of: '2025',
    }),
  ]);
  expect(shapes('"Some 40 fighters were detained," said Lt. Col. Yusuf Amiri.', at).map((c) => c.claimant)).toEqual(['Yusuf Amiri']);
});

test('a verb of saying in a relative clause tells of its antecedent, not the figure', () => {
  expect(
    shapes(
      'Of those arrested, 98 were linked to the Eastern Front, which has announced its dissolution, police spokesman Arif Wibowo said.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: '98',
      value: 98,
      metric: 'arrested',
      claimant: 'Arif Wibowo',
      mention: 'police spokesman Arif Wibowo',
      cue: 'said',
      as_of: '2025-06-01',
    }),
  ]);
});

test('the second of two verbs joined by and or but has the subject of the first', () => {
  expect(shapes('Amnesty International visited the camp in March but said that about 300 Tajik women were still held there.', at)).toEqual([
    expected({
      value_text: 'about 300',
      value: 300,
      approximation: 'approximately',
      metric: 'women',
      country: 'TJ',
      claimant: 'Amnesty International',
      mention: 'Amnesty International',
      cue: 'said',
      as_of: '2025-03',
    }),
  ]);
});

test('a name after its title leaves the words that qualify the title', () => {
  expect(shapes('Coast Regional Commissioner Amina Chege said 86 of them had returned.', at).map((c) => [c.claimant, c.mention])).toEqual([
    ['Amina Chege', 'Coast Regional Commissioner Amina Chege'],
  ]);
});

test('a possessor before the year and kind of its publication is the claimant, and the year no figure', () => {
  expect(shapes("Europol's 2024 trend study puts the number of returnees at around 1,700.", at)).toEqual([
    expected({
      value_text: 'around 1,700',
      value: 1700,
      approximation: 'approximately',
      metric: 'returnees',
      claimant: 'Europol',
      mention: "Europol's 2024 trend study",
      cue: 'puts',
      as_of: '2025-06-01',
    }),
  ]);
  expect(shapes("The agency's quarterly threat assessment counts 240 returnees.", at).map((c) => c.claimant)).toEqual(['agency']);
});

test('a research body is no state body, whatever its subject', () => {
  expect(
    shapes(
      'A 2023 study by the Institute for Security Studies (ISS) found that 71 Kenyan recruits had been approached in mosques.',
      at,
    ).map((c) => c.claimant),
  ).toEqual(['Institute for Security Studies (ISS)']);
  // a state body keeps its state, as the corpus writes it
  expect(shapes('The Ministry of the Interior said 71 Kenyan recruits had been arrested.', at).map((c) => c.claimant)).toEqual([
    'Ministry of the Interior (Kenya)',
  ]);
});

test('report before a that-clause is a verb of saying', () => {
  expect(shapes('Aid agencies report that some 400 fighters have crossed into Niger.', at).map((c) => [c.claimant, c.cue])).toEqual([
    ['Aid agencies', 'report'],
  ]);
});

test('the states whose troops make up a speaking body are not the country of its figure', () => {
  expect(
    shapes('The regional task force, which includes troops from Chad, Cameroon and Niger, said that 78 fighters had been killed.', at),
  ).toEqual([
    expected({
      value_text: '78',
      value: 78,
      metric: 'killed',
      claimant: 'regional task force',
      mention: 'The regional task force',
      cue: 'said',
      as_of: null,
    }),
  ]);
  // people from those states are theirs
  expect(shapes('Some 300 fighters from Chad and Niger were killed, the army said.', at).map((c) => c.country)).toEqual([['TD', 'NE']]);
});

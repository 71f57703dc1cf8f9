/**
 * Country rules of extract90. An origin named after the people counted and before a verb of coming back with no place of
 * its own is theirs ("Around 300 fighters from Tunisia have returned home"); "its citizens" are those of the state that
 * opens their sentence as its subject ("Iraq has tried 600 of its citizens"). Sentences written for these tests; each
 * assertion is of the figure's country with the reason it was given.
 */
import { run } from './support';

const countries = (text: string) =>
  run(text, { published: '2026-03-01' }).candidates.map((c) => ({ value_text: c.value_text, country: c.country, why: c.reasons.country }));

test('an origin between the people counted and a verb of coming back is theirs', () => {
  expect(countries('Around 300 fighters from Tunisia have returned home, the interior ministry said.')).toEqual([
    { value_text: 'Around 300', country: 'TN', why: '"Tunisia"' },
  ]);
  expect(countries('Some 45 women from Kazakhstan who had since been repatriated are now on trial.')).toEqual([
    { value_text: 'Some 45', country: 'KZ', why: '"Kazakhstan"' },
  ]);
});

test('a place that people came back from or went back to stays no origin', () => {
  // people named by their coming back, and a conflict zone, name where they were
  expect(countries('Around 150 returnees from Syria are under surveillance, police said.')).toEqual([
    { value_text: 'Around 150', country: null, why: '' },
  ]);
  expect(countries('About 90 fighters from Syria were repatriated last year, the ministry said.')).toEqual([
    { value_text: 'About 90', country: null, why: '' },
  ]);
  // a verb of coming back that names its own place keeps that place's reading
  expect(countries('About 200 people from Turkey have returned to Germany since 2019.')).toEqual([
    { value_text: 'About 200', country: 'DE', why: '"Germany"' },
  ]);
});

test('its citizens are those of the state that opens their sentence', () => {
  expect(
    countries('Iraq has tried 600 of its citizens for membership of the Islamic State. It has also convicted 11 French nationals.'),
  ).toEqual([
    { value_text: '600', country: 'IQ', why: '"Iraq", whose own "citizens" they are' },
    { value_text: '11', country: 'FR', why: '"French"' },
  ]);
});

test('a place that frames the sentence gives no state to its citizens', () => {
  const [first] = countries('In Iraq, courts have tried 600 of its citizens, a lawyer said. Spain and France were named too.');
  expect(first.why).not.toMatch(/whose own/);
});

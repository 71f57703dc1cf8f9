/**
 * Claimants on unseen text (extract35): where extract33's rules removed or replaced a claimant the README keeps, found
 * with probe articles of my own. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test("an act told inside a quoted official's account is the official's, not the writer's", () => {
  const text =
    'Interior Minister Sidi Touré said on Monday: "Some 300 young men have joined the groups in the north. Police arrested 40 of them last week."';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'Some 300',
      value: 300,
      approximation: 'approximately',
      claimant: 'Sidi Touré',
      mention: 'Interior Minister Sidi Touré',
      cue: 'said',
      as_of: '2026-11-30',
    }),
    expected({ value_text: '40', value: 40, metric: 'arrested', claimant: 'Sidi Touré', as_of: '2026-12-05', relations: ['part_of c1'] }),
  ]);
});

test("an act told as a fact after the quotation has closed is still the writer's (control)", () => {
  const text =
    'Interior Minister Sidi Touré said on Monday: "Some 300 young men have joined the groups in the north." Police arrested 40 of them last week.';
  expect(shapes(text, at).map((s) => [s.value_text, s.claimant])).toEqual([
    ['Some 300', 'Sidi Touré'],
    ['40', null],
  ]);
});

test('"Q: Mr Kamara, you told the investigators that 300…": the examiner puts to the witness what the witness said', () => {
  const text = [
    'Cross-examination of the witness by Mr Collins',
    'Q: Mr Kamara, you told the investigators that your unit held 300 civilians at the camp.',
    'A: No. There were about 150 people there.',
  ].join('\n');
  expect(shapes(text, at)).toEqual([
    expected({ value_text: '300', value: 300, metric: 'arrested', claimant: 'Kamara', mention: 'you', cue: 'told', as_of: '2026-12-05' }),
    expected({ value_text: 'about 150', value: 150, approximation: 'approximately', claimant: 'Mr Kamara', as_of: '2026-12-05' }),
  ]);
});

test('a label that presides or examines ("MR COLLINS: Thank you, Your Honour.") is no witness of the bare "A:" lines after it', () => {
  const text = [
    'PRESIDING JUDGE: Mr Collins, you may proceed with the cross-examination of the witness.',
    'MR COLLINS: Thank you, Your Honour.',
    'Q: How many soldiers were in your unit that month?',
    'A: About 300.',
  ].join('\n');
  expect(shapes(text, at)).toEqual([
    expected({ value_text: 'About 300', value: 300, approximation: 'approximately', as_of: '2026-12-05' }),
  ]);
});

test('a labelled turn right after a question answers it, and the bare "A:" lines after it (control)', () => {
  const text = [
    'Q: How many soldiers were in your unit that month?',
    'COLONEL DIARRA: About 300.',
    'Q: And how many of them were deserters?',
    'A: Maybe 40.',
  ].join('\n');
  expect(shapes(text, at).map((s) => [s.value_text, s.claimant])).toEqual([
    ['About 300', 'Colonel Diarra'],
    ['40', 'Colonel Diarra'],
  ]);
});

test('a wire\'s slugs ("URGENT:", "BREAKING:") are no speakers: the agency states the figure', () => {
  const text = [
    'URGENT: At least 14 people were killed in an attack on a market in Djibo.',
    'BREAKING: The toll has risen to 22, a local official said.',
  ].join('\n');
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'At least 14',
      value: 14,
      value_low: 14,
      approximation: 'at_least',
      metric: 'victims_killed',
      as_of: '2026-12-05',
    }),
    expected({
      value_text: '22',
      value: 22,
      metric: 'victims_killed',
      claimant: 'local official',
      mention: 'a local official',
      cue: 'said',
      as_of: '2026-12-05',
    }),
  ]);
});

test("a sentence that tells what happened in a year ('In 2019, 40 of them…', '… in 2019') is the writer's background: no source is carried into it", () => {
  const said = 'Interior Minister Ahmed Touré said on Monday that 300 citizens had joined armed groups abroad.';
  const minister = {
    value_text: '300',
    value: 300,
    country: 'SY',
    group: 'jihadist-groups',
    claimant: 'Ahmed Touré',
    mention: 'Interior Minister Ahmed Touré',
    cue: 'said',
    as_of: '2026-11-30',
  };
  expect(shapes(`${said} In 2019, 40 of them came back from Syria.`, at)).toEqual([
    expected(minister),
    expected({
      value_text: '40',
      value: 40,
      metric: 'returnees',
      country: 'SY',
      group: 'jihadist-groups',
      as_of: '2019',
      relations: ['part_of c1'],
    }),
  ]);
  // …and one that tells it in a year after its figure
  expect(shapes(`${said} Some 40 of them came back from Syria in 2019.`, at)[1]).toEqual(
    expected({
      value_text: 'Some 40',
      value: 40,
      approximation: 'approximately',
      metric: 'returnees',
      country: 'SY',
      group: 'jihadist-groups',
      as_of: '2019',
      relations: ['part_of c1'],
    }),
  );
  // control: without the year the minister's account goes on
  expect(shapes(`${said} Some 40 of them came back from Syria.`, at)[1].claimant).toBe('Ahmed Touré');
});

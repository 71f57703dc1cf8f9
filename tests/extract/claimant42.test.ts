/**
 * Claimants on unseen text (extract42): sources the rules did not read — the writers' own count, a passive of belief with
 * its agent, a body revising its own figure. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

describe('the writers own count is the document author', () => {
  test('"By our count" in the writer voice names the author, the words as the mention', () => {
    const text = 'By our count, 212 Tunisian women are still held in camps in north-east Syria.';
    expect(shapes(text, { ...at, author: 'Families Network' })).toEqual([
      expected({
        value_text: '212',
        value: 212,
        metric: 'in_camps',
        country: 'TN',
        claimant: 'Families Network',
        mention: 'our count',
        cue: 'by',
        as_of: '2026-12-05',
      }),
    ]);
  });

  test('"by my own count from court records" and "by the count of our parishes"', () => {
    const options = { ...at, author: 'Diocese of Kandi' };
    expect(
      shapes('By my own count from court records, 37 members of the cell have been convicted since 2019.', options).map((s) => [
        s.value_text,
        s.metric,
        s.claimant,
        s.mention,
        s.cue,
      ]),
    ).toEqual([['37', 'convicted', 'Diocese of Kandi', 'my own count', 'by']]);
    expect(
      shapes('Since January, by the count of our parishes, 52 villagers have been killed in the north of the diocese.', options),
    ).toEqual([
      expected({
        value_text: '52',
        value: 52,
        metric: 'victims_killed',
        claimant: 'Diocese of Kandi',
        mention: 'our parishes',
        cue: 'by',
        as_of: '2026-12-05',
      }),
    ]);
  });

  test('with no author known the writers count names nobody', () => {
    const [s] = shapes('By our count, 212 Tunisian women are still held in camps in north-east Syria.', at);
    expect([s.claimant, s.mention, s.cue]).toEqual([null, null, null]);
  });

  test('inside a quotation the count is the speaker whose tag closes it (control)', () => {
    const [s] = shapes('"By our count, 80 fighters remain in the hills," the commander said.', { ...at, author: 'Families Network' });
    expect([s.value_text, s.claimant, s.mention, s.cue]).toEqual(['80', 'commander', 'the commander', 'said']);
  });
});

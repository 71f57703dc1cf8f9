/**
 * The nationality the text is about, narrowed (extract61): a state's case counts — charges, investigations, people on
 * probation — are of whoever the state charged or investigated, not of the nationality the text is mostly about, unless
 * their sentence tells of travel. Sentences written for these tests in the style of a security service's annual report
 * relayed by the news; each assertion is of the whole candidate, the control's of its country and why.
 */
import { expected, run, shapes } from './support';

const at = { published: '2026-03-01' };

describe('a state case count in a text about one nationality', () => {
  test('investigations and charges of people the text does not name by nationality are of no stated nationality', () => {
    const text =
      "Norway's security service warned on Tuesday that the threat from Islamist extremism in Norway has risen again. " +
      'Norwegian jihadists who fought abroad remain a concern, and Norwegians radicalised online are a growing one. ' +
      "The service's annual assessment, published in Oslo, names online propaganda as the main driver. It does not name " +
      'any single group. Last year the service opened investigations into 11 teenagers, and four young men were charged ' +
      'with financing terrorism, the report said.';
    const common = {
      approximation: 'exact' as const,
      country: null,
      group: 'islamist-groups',
      claimant: "Norway's security service",
      mention: 'the report',
      cue: 'said',
      as_of: '2025',
    };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '11', value: 11, metric: 'under_investigation', ...common }),
      expected({ value_text: 'four', value: 4, metric: 'charged', ...common }),
    ]);
    expect(run(text, at).candidates.map((c) => c.reasons.country)).toEqual([
      "a police's or court's cases: no nationality stated",
      "a police's or court's cases: no nationality stated",
    ]);
  });

  test('control: charges whose sentence tells of travel keep the nationality the text is about', () => {
    const text =
      "Canada's public safety minister said the number of Canadians abroad had stabilised. Critics in Canada say more " +
      'should be done. Opposition members pressed the minister on Tuesday. Since 2013, 12 individuals have been charged ' +
      'in Canada with terrorism travel offences, the report said.';
    expect(run(text, at).candidates.map((c) => [c.value_text, c.metric, c.country, c.reasons.country])).toEqual([
      ['12', 'charged', 'CA', 'the nationality the text is about'],
    ]);
  });
});

describe('a police or court case count listed under a country', () => {
  test('arrests listed by the country that made them are of no stated nationality; returnees convicted are its own', () => {
    const text =
      'Arrests by country, according to Europol:\n• France: 89 arrests\n• Spain: 51 arrests\n\n' +
      'SWEDEN — Three more returnees convicted\nA district court in Gothenburg on Friday convicted three men.';
    const arrests = { metric: 'arrested', claimant: 'Europol', as_of: '2026-03-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '89', value: 89, ...arrests, mention: 'Europol', cue: 'according to' }),
      expected({ value_text: '51', value: 51, ...arrests }),
      expected({ value_text: 'Three', value: 3, metric: 'convicted', country: 'SE', as_of: '2026-03-01' }),
      expected({ value_text: 'three', value: 3, metric: 'convicted', as_of: '2026-02-27' }),
    ]);
    expect(run(text, at).candidates.map((c) => c.reasons.country)).toEqual([
      `a police's or court's cases, "France" heads its list item: no nationality stated`,
      `a police's or court's cases, "Spain" heads its list item: no nationality stated`,
      '"SWEDEN" heads its list item',
      "an authority's own cases: no nationality stated",
    ]);
  });

  test('control: an item that counts people of a kind arrested keeps the country heading it', () => {
    const text =
      'Factbox: Europeans still held in Syria\n• Belgium: 11 women and 26 children were flown home in 2022.\n' +
      '• Netherlands: 12 women were arrested on arrival at Eindhoven airport in November.';
    expect(run(text, at).candidates.map((c) => [c.value_text, c.metric, c.country, c.reasons.country])).toEqual([
      ['11', 'returnees', 'BE', '"Belgium" heads its list item'],
      ['26', 'returnees', 'BE', '"Belgium" heads its section'],
      ['12', 'arrested', 'NL', '"Netherlands" heads its list item'],
    ]);
  });
});

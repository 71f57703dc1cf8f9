/**
 * Country on unseen text (extract31): a nationality belongs to the conjunct it heads; lists and tables by country.
 * Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a nationality, or a state acting on its nationals, belongs to the conjunct it heads', () => {
  test('"Russians number about 120 and Azerbaijanis 95": the 120 are Russians', () => {
    const group = { claimant: 'monitoring group', mention: 'the monitoring group', cue: 'said', as_of: '2025-06-01' };
    expect(shapes('Russians number about 120 and Azerbaijanis 95, the monitoring group said.', at)).toEqual([
      expected({ value_text: 'about 120', value: 120, approximation: 'approximately', metric: 'members', country: 'RU', ...group }),
      expected({ value_text: '95', value: 95, metric: 'members', country: 'AZ', ...group }),
    ]);
  });

  test('"France repatriated 35 children in July, and Germany took back 12": the 35 are French', () => {
    expect(shapes('France repatriated 35 children in July, and Germany took back 12.', at)).toEqual([
      expected({ value_text: '35', value: 35, metric: 'returnees', country: 'FR', as_of: '2024-07' }),
      expected({ value_text: '12', value: 12, metric: 'returnees', country: 'DE', as_of: '2024-07' }),
    ]);
  });

  test('"…, while Tajikistan repatriated 84": the 40 Kazakhstan brought home are its own', () => {
    expect(shapes('Kazakhstan brought home 40 women last year, while Tajikistan repatriated 84 children.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'returnees', country: 'KZ', as_of: '2024' }),
      expected({ value_text: '84', value: 84, metric: 'returnees', country: 'TJ', as_of: '2024' }),
    ]);
  });

  test('but a nationality after the last figure is still shared by the figures before it', () => {
    expect(shapes('Three women and eight children brought back on Monday are German citizens.', at)).toEqual([
      expected({ value_text: 'Three', value: 3, metric: 'returnees', country: 'DE', as_of: '2025-05-26' }),
      expected({ value_text: 'eight', value: 8, metric: 'returnees', country: 'DE', as_of: '2025-05-26' }),
    ]);
  });
});

describe('a country opening a list item or a table row heads the figures in it', () => {
  test('a table pasted with bars at both ends of each row: the row label is the country', () => {
    expect(shapes('Returnees by country, 2024\n\n| Country | Returned |\n| Serbia | 49 |\n| Montenegro | 12 |\n', at)).toEqual([
      expected({ value_text: '49', value: 49, metric: 'returnees', country: 'RS', as_of: '2025-06-01' }),
      expected({ value_text: '12', value: 12, metric: 'returnees', country: 'ME', as_of: '2025-06-01' }),
    ]);
  });

  test('items lettered "(a)", "(b)" are list items as bulleted ones are', () => {
    const text = 'Returnees charged, by country:\n(a) France: 41 returnees were charged.\n(b) Belgium: 17 returnees were charged.\n';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '41', value: 41, metric: 'charged', country: 'FR', as_of: '2025-06-01' }),
      expected({ value_text: '17', value: 17, metric: 'charged', country: 'BE', as_of: '2025-06-01' }),
    ]);
  });
});

describe("a state's cases, or people killed, told after the text turns to another country's place take no carried nationality", () => {
  const returned = {
    value_text: 'About 40',
    value: 40,
    approximation: 'approximately' as const,
    metric: 'returnees',
    country: 'KE',
    claimant: 'officials',
    mention: 'officials',
    cue: 'said',
    as_of: '2025-06-01',
  };

  test('"… Kenyans have returned …. Police in Kampala later arrested 12": the 12 are of no stated nationality', () => {
    const text =
      'About 40 Kenyans have returned from Somalia since January, officials said. Police in Kampala later arrested 12 on Friday.';
    expect(shapes(text, at)).toEqual([
      expected(returned),
      expected({ value_text: '12', value: 12, metric: 'arrested', as_of: '2025-05-30' }),
    ]);
  });

  test('"… Nigerians were detained …. Across the border in Niger, troops killed 12": people killed there, of no stated nationality', () => {
    const text = 'Police said 30 Nigerians were detained last week. Across the border in Niger, troops killed 12 in a raid on Friday.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '30',
        value: 30,
        metric: 'arrested',
        country: 'NG',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({ value_text: '12', value: 12, metric: 'killed', as_of: '2025-05-30' }),
    ]);
  });

  test('but a place of the carried country (or the conflict zone they came from) is no turn', () => {
    const text =
      'About 40 Kenyans have returned from Somalia since January, officials said. Police in Mombasa later arrested 12 on Friday.';
    expect(shapes(text, at)).toEqual([
      expected(returned),
      expected({ value_text: '12', value: 12, metric: 'arrested', country: 'KE', as_of: '2025-05-30' }),
    ]);
  });
});

describe("a list item's country is the item's, not the next sentence's", () => {
  test('"France reported 35 returnees, Germany 22 and Belgium 9. Europol said 449 …": the 449 are not Belgians', () => {
    const france = { claimant: 'France', mention: 'France', cue: 'reported', as_of: '2025-06-01', metric: 'returnees' };
    const text =
      'France reported 35 returnees, Germany 22 and Belgium 9. Europol said 449 individuals were arrested across the EU last year.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '35', value: 35, country: 'FR', ...france }),
      expected({ value_text: '22', value: 22, country: 'DE', ...france }),
      expected({ value_text: '9', value: 9, country: 'BE', ...france }),
      expected({ value_text: '449', value: 449, metric: 'arrested', claimant: 'Europol', mention: 'Europol', cue: 'said', as_of: '2024' }),
    ]);
  });
});

describe("a nationality's adjective labelling a table's row heads the row", () => {
  test('"Tajik | 84 | 12": the row\'s figures are Tajiks', () => {
    const text = 'Returnees by nationality, 2024\n\nNationality | Returned | Charged\nTajik | 84 | 12\nUzbek | 45 | 9\n';
    const row = (value: number, metric: string, country: string) =>
      expected({ value_text: String(value), value, metric, country, as_of: '2025-06-01' });
    expect(shapes(text, at)).toEqual([
      row(84, 'returnees', 'TJ'),
      row(12, 'charged', 'TJ'),
      row(45, 'returnees', 'UZ'),
      row(9, 'charged', 'UZ'),
    ]);
  });
});

describe("a wire story's dateline says where it was filed, not whose the figures are", () => {
  test.each([
    [
      'BOGOTA, Colombia - Around 2,500 fighters of the dissident fronts remain active, the defence ministry estimated.',
      expected({
        value_text: 'Around 2,500',
        value: 2500,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'defence ministry',
        mention: 'the defence ministry',
        cue: 'estimated',
        as_of: '2025-06-01',
      }),
    ],
    [
      'MANILA, Philippines - Some 40 militants remain in the area, the military said.',
      expected({
        value_text: 'Some 40',
        value: 40,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'military',
        mention: 'the military',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ],
  ])('%s', (text, candidate) => {
    expect(shapes(text, at)).toEqual([candidate]);
  });

  test('but a list item "Colombia - 25" is still headed by its country', () => {
    expect(shapes('Returnees:\nColombia - 25\nPeru - 8\n', at)).toEqual([
      expected({ value_text: '25', value: 25, metric: 'returnees', country: 'CO', as_of: '2025-06-01' }),
      expected({ value_text: '8', value: 8, metric: 'returnees', country: 'PE', as_of: '2025-06-01' }),
    ]);
  });
});

describe('a state named after its government or authorities brings home its own nationals', () => {
  test('"The Government of Kazakhstan repatriated 754 nationals": Kazakhs, and the 410 children among them', () => {
    expect(shapes('The Government of Kazakhstan repatriated 754 nationals from Syria, including 410 children.', at)).toEqual([
      expected({ value_text: '754', value: 754, metric: 'returnees', country: 'KZ', as_of: '2025-06-01' }),
      expected({ value_text: '410', value: 410, metric: 'returnees', country: 'KZ', as_of: '2025-06-01', relations: ['part_of c1'] }),
    ]);
  });
});

describe("a number's thousands separator ends no clause", () => {
  test('"repatriated 1,125 Uzbek citizens from Syria and Iraq": the verb of bringing home is in the origin\'s clause', () => {
    const text =
      'The government has repatriated 1,125 Uzbek citizens from Syria and Iraq, including 680 children. Last month 42 more were brought home.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '1,125', value: 1125, metric: 'returnees', country: 'UZ', as_of: '2025-06-01' }),
      expected({ value_text: '680', value: 680, metric: 'returnees', country: 'UZ', as_of: '2025-06-01', relations: ['part_of c1'] }),
      expected({ value_text: '42', value: 42, metric: 'returnees', country: 'UZ', as_of: '2025-05' }),
    ]);
  });
});

describe("a region's name heads a list item as a country's does", () => {
  test('"Western Europe about 1,200, the Former Soviet Union some 2,000": each item its own region', () => {
    const region = (value_text: string, value: number, country: string) =>
      expected({ value_text, value, approximation: 'approximately', metric: 'returnees', country, as_of: '2025-06-01' });
    expect(shapes('Returnees by region: Western Europe about 1,200, the Former Soviet Union some 2,000.', at)).toEqual([
      region('about 1,200', 1200, '155'),
      region('some 2,000', 2000, 'FSU'),
    ]);
  });
});

describe('people gone home to many countries are counted over the world', () => {
  test('"have returned to 33 countries": the world', () => {
    expect(shapes('At least 5,600 citizens or residents have returned to 33 countries, the report found.', at)).toEqual([
      expected({
        value_text: 'At least 5,600',
        value: 5600,
        value_low: 5600,
        approximation: 'at_least',
        metric: 'returnees',
        country: '001',
        claimant: 'report',
        mention: 'the report',
        cue: 'found',
        as_of: '2025-06-01',
      }),
    ]);
  });
});

describe("a named set's figure says of none of its parts or sequels which of the set they are from", () => {
  test('"Some 1,200 fighters came from Indonesia, Malaysia and the Philippines. About 400 of them…": the 400 are of no one nationality', () => {
    const text = 'Some 1,200 fighters came from Indonesia, Malaysia and the Philippines. About 400 of them have since returned.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Some 1,200', value: 1200, approximation: 'approximately', country: ['ID', 'MY', 'PH'], as_of: '2025-06-01' }),
      expected({
        value_text: 'About 400',
        value: 400,
        approximation: 'approximately',
        metric: 'returnees',
        as_of: '2025-06-01',
        relations: ['part_of c1'],
      }),
    ]);
  });
});

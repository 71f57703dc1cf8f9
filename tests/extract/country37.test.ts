/**
 * Country on unseen text (extract37): a region's states named as the people's origin, a nationality with its count in
 * brackets, a state's forces killed or wounded. Sentences written for these tests; each assertion is of the whole candidate.
 */
import { expected, run, shapes } from './support';

const at = { published: '2025-06-01' };

describe("the states a region's name or demonym qualifies are the origin of the people counted", () => {
  const centre = { claimant: 'regional centre', mention: 'the regional centre', cue: 'said', as_of: '2025-06-01' };
  test('"citizens of the Central Asian member states" are of Central Asia', () => {
    const text =
      'More than 3,000 citizens of the Central Asian member states remain in the ranks of terrorist groups, the regional centre said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'More than 3,000',
        value: 3000,
        value_low: 3000,
        approximation: 'more_than',
        metric: 'still_in_conflict_zone',
        country: '143',
        group: 'jihadist-groups',
        ...centre,
      }),
    ]);
  });

  test('"people from the Central Asian republics" are of Central Asia', () => {
    const text = 'An estimated 2,000 people from the Central Asian republics travelled to Syria, the regional centre said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'An estimated 2,000',
        value: 2000,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: '143',
        ...centre,
      }),
    ]);
  });

  test('"came from the States of the former Soviet Union": the part is of the region, not the whole of the world', () => {
    const text =
      'The report puts the total at 40,000 foreign fighters, of whom up to 8,000 came from the States of the former Soviet Union.';
    const report = { claimant: 'report', mention: 'The report', cue: 'puts', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '40,000', value: 40000, approximation: 'exact', metric: 'foreign_fighters', country: '001', ...report }),
      expected({
        value_text: 'up to 8,000',
        value: 8000,
        value_high: 8000,
        approximation: 'at_most',
        metric: 'foreign_fighters',
        country: 'FSU',
        ...report,
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('"from across the Sahel" and "from the whole Western Balkans" name the region as the origin', () => {
    expect(shapes('Some 1,200 fighters from across the Sahel have joined the groups, the report says.', at)).toEqual([
      expected({
        value_text: 'Some 1,200',
        value: 1200,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'SAHEL',
        claimant: 'report',
        mention: 'the report',
        cue: 'says',
        as_of: '2025-06-01',
      }),
    ]);
    const text =
      'Around 40 Germans have returned, officials said. ' +
      'A regional study counted around 1,070 men, women and children from the whole Western Balkans who had gone to Syria.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'Around 40',
        value: 40,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'DE',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'around 1,070',
        value: 1070,
        approximation: 'approximately',
        metric: 'foreign_fighters_and_family_members',
        country: 'BALKANS',
        claimant: 'regional study',
        mention: 'A regional study',
        cue: 'counted',
      }),
    ]);
  });

  test('but a region where people are held names no origin: "held in Central Asian prisons"', () => {
    const text = 'Some 300 fighters are held in Central Asian prisons, the regional centre said.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Some 300', value: 300, approximation: 'approximately', metric: 'arrested', ...centre }),
    ]);
  });
});

describe('a nationality with its count in brackets after it counts its people', () => {
  const exact = (value_text: string) => ({ value_text, value: Number(value_text), approximation: 'exact' as const });
  test('"chiefly Tunisian (19), Moroccan (14) and Egyptian (8)": each count is of its nationality', () => {
    const text =
      'Of the 120 prisoners, 66 are foreign nationals, chiefly Tunisian (19), Moroccan (14) and Egyptian (8), the ministry said.';
    const held = { metric: 'arrested', claimant: 'ministry', mention: 'the ministry', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ ...exact('120'), ...held }),
      expected({ ...exact('66'), ...held, relations: ['part_of c1'] }),
      expected({ ...exact('19'), ...held, country: 'TN', relations: ['part_of c1'] }),
      expected({ ...exact('14'), ...held, country: 'MA', relations: ['part_of c1'] }),
      expected({ ...exact('8'), ...held, country: 'EG', relations: ['part_of c1'] }),
    ]);
  });

  test('"Pakistanis (12), Uzbeks (7) and Chechens (3)": the 12 are not of the next nationality named', () => {
    const text = 'The dead included foreign fighters: Pakistanis (12), Uzbeks (7) and Chechens (3), the army said.';
    const dead = { metric: 'killed', claimant: 'army', mention: 'the army', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ ...exact('12'), ...dead, country: 'PK' }),
      expected({ ...exact('7'), ...dead, country: 'UZ' }),
      expected({ ...exact('3'), ...dead, country: 'RU-CE' }),
    ]);
  });

  test('but a country named with a count in brackets after "in" is where: "killed in Syria (19) and Iraq (21)"', () => {
    const dead = { metric: 'killed', claimant: 'Police', mention: 'Police', cue: 'said', as_of: '2025-06-01' };
    expect(shapes('Police said 40 people were killed in Syria (19) and Iraq (21).', at)).toEqual([
      expected({ ...exact('40'), ...dead, metric: 'victims_killed' }),
      expected({ ...exact('19'), ...dead }),
      expected({ ...exact('21'), ...dead }),
    ]);
  });
});

describe("a state's soldiers, gendarmes or police killed or wounded are its own when the sentence names its forces", () => {
  const exact = (value_text: string, value: number) => ({ value_text, value, approximation: 'exact' as const, as_of: '2025-06-01' });
  test('"Ivorian security forces … an attack that killed four gendarmes": the gendarmes are Ivorian', () => {
    const text =
      'Ivorian security forces have detained 27 people after an attack on a gendarmerie post that killed four gendarmes, the army said.';
    const army = { claimant: 'army', mention: 'the army', cue: 'said' };
    expect(shapes(text, at)).toEqual([
      expected({ ...exact('27', 27), metric: 'arrested', ...army }),
      expected({ ...exact('four', 4), metric: 'victims_killed', country: 'CI', ...army }),
    ]);
  });

  test('the army of Niger naming "19 soldiers were killed and 14 wounded": the 14 wounded are soldiers of Niger too', () => {
    const army = { claimant: "Niger's army", mention: "Niger's army", cue: 'said', country: 'NE' };
    expect(shapes("Niger's army said 19 soldiers were killed and 14 wounded near the border.", at)).toEqual([
      expected({ ...exact('19', 19), metric: 'victims_killed', ...army }),
      expected({ ...exact('14', 14), metric: 'victims_injured', ...army }),
    ]);
  });

  test('but police officers killed where a country is only named as the place are of no stated nationality', () => {
    const text = 'Gunmen killed 11 people, including four police officers, at a checkpoint in Peshawar, Pakistan, officials said.';
    const officials = { metric: 'victims_killed', claimant: 'officials', mention: 'officials', cue: 'said' };
    expect(shapes(text, at)).toEqual([
      expected({ ...exact('11', 11), ...officials }),
      expected({ ...exact('four', 4), ...officials, relations: ['part_of c1'] }),
    ]);
  });
});

describe('people from countries other than those named, or of a nationality denied, are foreign nationals', () => {
  const officials = { metric: 'arrested', claimant: 'officials', mention: 'officials', cue: 'said', as_of: '2025-06-01' };
  /** Each candidate's shape with its country reason. */
  const read = (text: string) => run(text, at).candidates.map((c) => [c.value_text, c.country, c.reasons.country]);
  test('"roughly 2,000 from countries other than Syria and Iraq" among 9,000 held are foreign nationals', () => {
    const text =
      'More than 9,000 fighters remain in detention facilities in north-east Syria, including roughly 2,000 from countries other than Syria and Iraq, officials said.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'More than 9,000', value: 9000, value_low: 9000, approximation: 'more_than', ...officials }),
      expected({ value_text: 'roughly 2,000', value: 2000, approximation: 'approximately', ...officials, relations: ['part_of c1'] }),
    ]);
    expect(read(text)).toEqual([
      ['More than 9,000', null, 'people of several nationalities: no one nationality stated'],
      ['roughly 2,000', null, 'foreign nationals of several countries'],
    ]);
  });

  test('"About 300 non-Iraqi fighters" are foreign nationals; "About 300 Iraqi fighters" are Iraqis', () => {
    const held = { value_text: 'About 300', value: 300, approximation: 'approximately' as const, ...officials };
    expect(shapes('About 300 non-Iraqi fighters are held in the prison, officials said.', at)).toEqual([expected(held)]);
    expect(read('About 300 non-Iraqi fighters are held in the prison, officials said.')).toEqual([
      ['About 300', null, 'foreign nationals of several countries'],
    ]);
    expect(shapes('About 300 Iraqi fighters are held in the prison, officials said.', at)).toEqual([expected({ ...held, country: 'IQ' })]);
  });
});

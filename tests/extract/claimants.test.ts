/** Who states a figure on text shaped like wires, statements, reports and court stories; sentences written for these tests. */
import { expected, shapes } from './support';

describe('claimants named by abbreviations', () => {
  test('a dotted abbreviation before the cue is the subject, not the end of a sentence', () => {
    expect(shapes('The U.N. said 300 Iraqi children had died.')[0]).toMatchObject({ mention: 'The U.N.', cue: 'said' });
    expect(shapes('Officials in the U.S. said 40 Americans had joined.')[0]).toMatchObject({
      mention: 'Officials in the U.S.',
      country: 'US',
    });
  });
});

describe('abbreviations spelled out by the text', () => {
  test('"the UN", "the U.N." and "UN monitors" are the United Nations the text names earlier', () => {
    const text =
      'Figures from the United Nations show the camp is full. The UN said 3,000 Iraqis had died. UN monitors said 40 Syrian children had died.';
    expect(shapes(text).map((c) => [c.claimant, c.mention])).toEqual([
      ['United Nations', 'The UN'],
      ['United Nations', 'UN monitors'],
    ]);
  });

  test('an abbreviation two names of the text could stand for stays as written', () => {
    const text = 'The National Security Council met the Nusra Supporters Committee. The NSC said 50 Syrians had been detained.';
    expect(shapes(text)[0]).toMatchObject({ claimant: 'NSC', mention: 'The NSC' });
  });

  test('an abbreviation nobody spells out stays as written', () => {
    expect(shapes('The OSCE said 25 Albanians had returned.')[0]).toMatchObject({ claimant: 'OSCE', mention: 'The OSCE', country: 'AL' });
  });
});

describe('claimants in wire, statement, report and court copy', () => {
  /** The first candidate's claimant, mention and cue. */
  const said = (text: string) => {
    const [c] = shapes(text);
    return [c.claimant, c.mention, c.cue];
  };

  test('a relayer citing a source: the source is the claimant, the outlet relays it', () => {
    expect(shapes('At least 40 Tunisians were arrested, Reuters reported, citing police sources.')).toEqual([
      expected({
        value_text: 'At least 40',
        value: 40,
        value_low: 40,
        approximation: 'at_least',
        metric: 'arrested',
        country: 'TN',
        claimant: 'police sources',
        mention: 'police sources',
        cue: 'citing',
        relayed_by: 'Reuters',
      }),
    ]);
  });

  test('a verb of telling somebody that…: its subject is the claimant, the verb with its listener the cue', () => {
    // the listener is a plural noun before "that", which reads like a verb of its own ("reporters that", "residents that")
    expect(said('The governor assured residents that 45 fighters had been arrested.')).toEqual([
      'governor',
      'The governor',
      'assured residents',
    ]);
    expect(said('The ministry reminds citizens that 45 fighters were arrested in May.')).toEqual([
      'ministry',
      'The ministry',
      'reminds citizens',
    ]);
    expect(said('Police chiefs informed lawmakers that 45 fighters had returned.')).toEqual([
      'Police chiefs',
      'Police chiefs',
      'informed lawmakers',
    ]);
    expect(said('Ugandan officials told reporters that 45 fighters had surrendered.')).toEqual([
      'Ugandan officials',
      'Ugandan officials',
      'told reporters',
    ]);
  });

  test('an inverted tag ("…, said X"): X without the relative clause describing it, and never a clause of its own', () => {
    expect(said('Around 40 women are held there, said officials who asked not to be named.')).toEqual(['officials', 'officials', 'said']);
    expect(said('About 60 men were detained, said a diplomat who spoke on condition of anonymity.')).toEqual([
      'diplomat',
      'a diplomat',
      'said',
    ]);
    // "said the threat remained high" is what the minister said, not who said it
    expect(said('The minister, speaking after 300 fighters had returned, said the threat remained high.')).toEqual([
      'minister',
      'The minister',
      'said',
    ]);
  });

  test('digits in a name do not keep it from being the claimant; a figure or a clause of its own does', () => {
    const claimants = (text: string) => shapes(text).map((c) => [c.value_text, c.claimant]);
    expect(claimants('The commander of the 6ID said 40 militants were killed.')).toEqual([['40', 'commander of the 6ID']]);
    expect(claimants('G7 ministers said 300 fighters had returned to Europe.')).toEqual([['300', 'G7 ministers']]);
    // the fighters' own words: "they wanted to return" is what was said, not who said it
    expect(claimants('Some 300 fighters, 40 of them women, said they wanted to return.')).toEqual([
      ['Some 300', null],
      ['40', null],
    ]);
  });

  test('a passive with its agent names the claimant', () => {
    expect(shapes('The figure of 1,500 Kenyans was given by Interior Secretary Joseph Nkaissery.')).toEqual([
      expected({
        value_text: '1,500',
        value: 1500,
        country: 'KE',
        claimant: 'Joseph Nkaissery',
        mention: 'Interior Secretary Joseph Nkaissery',
        cue: 'given by',
      }),
    ]);
    // a passive without an agent names nobody
    expect(shapes('It is estimated that 700 Britons have travelled to Syria.')[0]).toMatchObject({ claimant: null, cue: null });
  });

  test('a relative clause between the subject and its cue', () => {
    expect(shapes('Interior Minister Hedi Majdoub, who spoke to parliament on Friday, said 800 Tunisians had returned.')[0]).toMatchObject({
      claimant: 'Hedi Majdoub',
      mention: 'Interior Minister Hedi Majdoub',
      cue: 'said',
      metric: 'returnees',
      country: 'TN',
    });
  });

  test('"told the court", "told reporters" are listeners; "told AFP" relays', () => {
    expect(shapes('Prosecutors told the court that 12 Belgians had joined IS.')[0]).toMatchObject({
      claimant: 'Prosecutors',
      cue: 'told the court',
      relayed_by: null,
    });
    expect(shapes('Police spokesman Ahmed Ali told reporters that 30 Somalis had been detained.')[0]).toMatchObject({
      claimant: 'Ahmed Ali',
      cue: 'told reporters',
      relayed_by: null,
    });
    expect(shapes('At least 40 Tunisians were arrested, police told AFP.')[0]).toMatchObject({
      claimant: 'police',
      cue: 'told AFP',
      relayed_by: 'AFP',
    });
  });

  test('"the report, by X": the author, and "the ministry said in a statement"', () => {
    expect(shapes('The report, by the International Crisis Group, estimates that 2,000 Tunisians joined IS.')[0]).toMatchObject({
      claimant: 'International Crisis Group',
      cue: 'estimates',
      group: 'islamic-state',
    });
    expect(shapes('The interior ministry said in a statement on Monday that 150 Kazakh citizens had returned.')[0]).toMatchObject({
      claimant: 'interior ministry',
      cue: 'said',
      metric: 'returnees',
      country: 'KZ',
    });
  });
});

describe('whose body a claimant is', () => {
  test('a body qualified by another state\'s name is not the body named before: "Uzbekistan\'s government" after "The Somali government"', () => {
    const text =
      "The Somali government said its forces had killed 37 militants near Kismayo. Uzbekistan's government said 531 of its citizens had been brought home.";
    expect(shapes(text, { published: '2025-06-01' })).toEqual([
      expected({
        value_text: '37',
        value: 37,
        metric: 'killed',
        claimant: 'Somali government',
        mention: 'The Somali government',
        cue: 'said',
      }),
      expected({
        value_text: '531',
        value: 531,
        metric: 'returnees',
        country: 'UZ',
        claimant: "Uzbekistan's government",
        mention: "Uzbekistan's government",
        cue: 'said',
      }),
    ]);
  });

  test('an indefinite "a police spokesman" is somebody new, not the spokesman named before', () => {
    const text =
      'A spokesman for the Kazakh National Security Committee said 150 women had gone to Syria. Police arrested 142 suspects, a police spokesman said.';
    expect(shapes(text, { published: '2025-06-01' })[1]).toMatchObject({
      value_text: '142',
      claimant: 'police spokesman',
      mention: 'a police spokesman',
    });
  });

  test('a name after "of the" is part of the body\'s name: "the Ministry of Internal Affairs of the Kyrgyz Republic"', () => {
    expect(shapes('The Ministry of Internal Affairs of the Kyrgyz Republic said 863 citizens had left.')).toEqual([
      expected({
        value_text: '863',
        value: 863,
        country: 'KG',
        claimant: 'Ministry of Internal Affairs of the Kyrgyz Republic',
        mention: 'The Ministry of Internal Affairs of the Kyrgyz Republic',
        cue: 'said',
      }),
    ]);
  });

  test('a bare "the organisation" is the organisation last named as a source; "the Soufan Center" is a name of its own', () => {
    const text =
      'Amnesty International says that more than 10,000 men are held incommunicado. The organisation adds that 750 boys are among them.';
    expect(shapes(text, { published: '2025-06-01' })[1]).toMatchObject({
      value_text: '750',
      claimant: 'Amnesty International',
      mention: 'The organisation',
      cue: 'adds',
    });
  });

  test('an international body named by its acronym takes no state: "the UN children\'s agency", not "(Kenya)"', () => {
    const text =
      "Some 1,200 Kenyans have joined al-Shabaab, a Kenyan official said. Insurgents abducted 120 children last year, the UN children's agency said.";
    expect(shapes(text, { published: '2025-06-01' })[1]).toMatchObject({
      claimant: "UN children's agency",
      mention: "the UN children's agency",
    });
  });
});

describe('speakers of a call or hearing transcript', () => {
  const call = [
    'Daniel Okoye -- Chief Executive Officer',
    '',
    'Thank you. In August, four of our contractors were killed near the mine. We estimate that about 200 fighters operate in the district.',
    '',
    'Peter Haas -- Berenberg -- Analyst',
    '',
    'Daniel, you said around 200 fighters. The army itself says 500.',
    '',
    'Daniel Okoye -- Chief Executive Officer',
    '',
    'We employ 3,400 people at the site, and the hospital has 1,150 staff.',
  ].join('\n');

  test('a name, then a role after a dash, on a line of its own is the speaker of the turn below it, blank line or not', () => {
    const [killed, estimate] = shapes(call, { published: '2024-05-01' });
    expect(killed).toEqual(expected({ value_text: 'four', value: 4, metric: 'killed', claimant: 'Daniel Okoye', as_of: '2023-08' }));
    expect(estimate).toEqual(
      expected({
        value_text: 'about 200',
        value: 200,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'Daniel Okoye',
        mention: 'We',
        cue: 'estimate',
        as_of: '2024-05-01',
      }),
    );
  });

  test('"you" is whom the turn addresses by name, else the speaker before; "itself" is no part of a name', () => {
    const [, , restated, army] = shapes(call, { published: '2024-05-01' });
    expect(restated).toEqual(
      expected({
        value_text: 'around 200',
        value: 200,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'Daniel Okoye',
        mention: 'you',
        cue: 'said',
        as_of: '2024-05-01',
      }),
    );
    expect(army).toEqual(
      expected({ value_text: '500', value: 500, claimant: 'army', mention: 'The army itself', cue: 'says', as_of: '2024-05-01' }),
    );
    const unnamed =
      'Q: How many fighters are there?\n\nDaniel Okoye -- CEO\n\nAbout 200.\n\nPeter Haas -- Analyst\n\nBut you said 300 last year.\n\nDaniel Okoye -- CEO\n\nThe army said so.';
    expect(shapes(unnamed).find((c) => c.value === 300)).toMatchObject({ claimant: 'Daniel Okoye', mention: 'you' });
    // the writer's "you" is the reader's: it names nobody
    expect(shapes('As you said in your letter, 120 fighters have come back.')[0]).toMatchObject({ value_text: '120', claimant: null });
  });

  test("a workforce or an institution's staff counts nobody the ledger records", () => {
    expect(shapes(call).map((c) => c.value_text)).toEqual(['four', 'about 200', 'around 200', '500']);
    expect(shapes('The company has a workforce of 2,100. Rebels killed 12 staff at the depot.').map((c) => c.value_text)).toEqual(['12']);
  });
});

describe('a demonstrative subject', () => {
  test('"That ministry counted…" is the ministry named before, "Those officials said…" are officials', () => {
    const [, counted] = shapes('The Interior Ministry said 300 fighters had left. That ministry also counted 800 returnees.', {
      published: '2024-05-01',
    });
    expect(counted).toEqual(
      expected({
        value_text: '800',
        value: 800,
        metric: 'returnees',
        claimant: 'Interior Ministry',
        mention: 'That ministry',
        cue: 'also counted',
        as_of: '2024-05-01',
      }),
    );
    expect(shapes('Those officials said 800 had returned.')[0]).toMatchObject({ claimant: 'officials', mention: 'Those officials' });
  });
});

describe('a participle and its preposition opening the sentence are no name of the source after them', () => {
  const at = { published: '2026-12-07' };
  test('speaking on condition of anonymity: the source is the police officer', () => {
    expect(shapes('Speaking on condition of anonymity, a police officer said 12 men were arrested in Mosul.', at)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        metric: 'arrested',
        claimant: 'police officer',
        mention: 'a police officer',
        cue: 'said',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('asked about the figures: the source is the spokesman, and a name before an apposition is still the name', () => {
    expect(
      shapes(
        'Asked about the figures, a spokesman for the ministry said 40 women had returned. Ahmed Saleh, a police officer, said 12 men were arrested.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        claimant: 'spokesman for the ministry',
        mention: 'a spokesman for the ministry',
        cue: 'said',
      }),
      expected({
        value_text: '12',
        value: 12,
        metric: 'arrested',
        claimant: 'Ahmed Saleh',
        mention: 'Ahmed Saleh',
        cue: 'said',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

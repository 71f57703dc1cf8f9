/**
 * The aggregate error classes (scripts/eval-extract-classes.ts): kinds only, never a passage's words.
 */
import {
  addClasses,
  asOfClass,
  claimantKind,
  countryClass,
  errorClasses,
  formatClasses,
  nameForm,
  reasonKind,
} from '../../src/extract/errorClasses';
import { Corpus, evaluate, score as scoreOf } from '../../src/extract/score';

test('country: the pair of kinds, and how a wrong country relates to the gold one', () => {
  expect(countryClass('KZ', 'KZ')).toBe('right');
  expect(countryClass('KZ', null)).toBe('gold country → null');
  expect(countryClass('KZ', 'RU')).toBe('gold country → country (another country)');
  expect(countryClass(['ID', 'MY'], 'ID')).toBe('gold list → country (one of the list)');
  expect(countryClass('World', 'Other (foreign nationals)')).toBe('gold World → Other (foreign nationals)');
  expect(countryClass('RU-CE', 'RU')).toBe('gold sub-national → country (its country)');
  expect(countryClass('Central Asia', 'KZ')).toBe('gold region → country');
});

test('claimant kinds and date classes', () => {
  expect(claimantKind('Pieter De Crem')).toBe('person');
  expect(claimantKind('Ministry of the Interior (Morocco)')).toBe('organisation');
  expect(claimantKind('KNB')).toBe('organisation');
  expect(claimantKind(null)).toBe('null');
  expect(asOfClass(null, '2019-12-01', "nothing in the text dates it: the article's date")).toBe("gold null → day from the article's date");
  expect(asOfClass('2019', '2019-12-01', '"…"')).toBe('gold year → day from the text, same year');
});

test("a wrong claimant name's form against the gold's normal name, as a kind", () => {
  expect(nameForm('Government of Kenya', 'Kenyan government')).toBe('gold "Government of …", proposed sharing words');
  expect(nameForm('Philippine intelligence source (unnamed)', 'an officer')).toBe('gold "(unnamed)", proposed other words');
  expect(nameForm('Ministry of the Interior (Morocco)', 'the Ministry of the Interior')).toBe('gold = proposed + a bracket (words)');
  expect(nameForm('National Security Committee (KNB)', 'KNB')).toBe('an acronym the gold spells out');
  expect(nameForm(null, 'Europol')).toBe('gold null');
});

test('a reason keeps the kind of rule and drops the words it quotes and the names it gives', () => {
  expect(reasonKind('"Kazakh" in the sentence')).toBe('"…" in the sentence');
  expect(reasonKind('"the agency" before "said"; "KNB" is National Security Committee')).toBe('"…" before "…"');
  expect(reasonKind('carried from an earlier sentence ("Abykaev")')).toBe('carried from an earlier sentence (…)');
});

test('over a corpus: false positives by distractor kind, misses by metric, each field as kinds, and no word of the text', () => {
  const text = 'The ministry said 120 Kazakh fighters had returned in 2019. Their 45 children live in camps, officials said. 7 more left.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const gold = (s: string, f: Record<string, unknown>) => ({
    id: s,
    cluster: s,
    optional: false,
    value_text: s,
    approximation: 'exact',
    value: Number(s),
    value_low: null,
    value_high: null,
    group: null,
    claimant: 'Ministry of Health',
    claimant_mention: null,
    as_of: null,
    country: 'KZ',
    metric: 'returnees',
    fraction: null,
    ...at(s),
    ...f,
  });
  const corpus: Corpus = {
    passages: [
      {
        id: 'x1',
        text,
        published: '2020-01-02',
        claims: [gold('120', {}), gold('45', { metric: 'in_camps', country: 'World' }), gold('7', { metric: 'foreign_fighters' })],
        distractors: [{ id: 'd1', kind: 'year', ...at('2019') }],
      },
    ],
  };
  const predictions = {
    x1: [
      { ...at('120'), value: 120, approximation: 'exact', metric: 'returnees', country: 'KZ', claimant: 'The ministry', as_of: '2019' },
      { ...at('2019'), value: 2019 },
      { ...at('45'), value: 45, approximation: 'approximately', metric: 'children', country: 'KZ', claimant: null, as_of: '2020-01-02' },
    ],
  };
  const result = scoreOf(corpus, predictions);
  const classes = errorClasses(corpus, { ...result, candidates: {} });
  expect(classes.precision_false_positives).toEqual({ 'distractor year': 1 });
  expect(classes.recall_missed_by_metric).toEqual({ foreign_fighters: 1 });
  expect(classes.approximation).toEqual({ right: 1, 'exact → approximately': 1 });
  expect(classes.metric).toEqual({ right: 1, 'in_camps → children': 1 });
  expect(classes.country).toEqual({ right: 1, 'gold World → country': 1 });
  // as score.py: a null claimant equals a gold mention that is null
  expect(classes.claimant).toEqual({ 'gold organisation → an unresolved pronoun or role noun': 1, right: 1 });
  expect(classes.as_of).toEqual({ 'gold null → year': 1, 'gold null → day': 1 });
  const printed = formatClasses(classes);
  for (const word of ['Kazakh', 'ministry', 'live', '120']) expect(printed).not.toContain(word);
  // a missed figure by its metric, what refused it and the shape around it
  const refused = errorClasses(corpus, { ...result, candidates: {}, rejected: { x1: [{ ...at('7'), kind: 'count_not_people' }] } });
  expect(refused.recall_missed_by_shape).toEqual({
    'foreign_fighters, count_not_people: running text, before it ".", after it a lower-case word': 1,
  });
});

/** A corpus of one undated passage with its gold mentions and distractors. */
const onePassage = (
  text: string,
  claims: Corpus['passages'][number]['claims'],
  distractors: Corpus['passages'][number]['distractors'] = [],
): Corpus => ({
  passages: [{ id: 'x1', text, published: null, claims, distractors }],
});

/** A gold mention of `text`'s first `s`: exact, its own cluster, with the fields given. */
const goldOf =
  (text: string) =>
  (s: string, fields: { metric: string } & Record<string, unknown>): Corpus['passages'][number]['claims'][number] => ({
    id: s,
    cluster: s,
    optional: false,
    value_text: s,
    approximation: 'exact',
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
    ...fields,
  });

test('the extractor run over a corpus gives the tables for every field it scores', () => {
  const text = 'The ministry said 120 Kazakh fighters had returned.';
  const corpus = onePassage(text, [
    { id: 'a', cluster: 'a', optional: false, value_text: '120', approximation: 'exact', metric: 'returnees', start: 18, end: 21 },
  ]);
  const classes = errorClasses(corpus, evaluate(corpus));
  for (const field of ['metric', 'country', 'group', 'claimant', 'as_of', 'value', 'approximation'])
    expect(Object.values(classes[field]).reduce((a, b) => a + b, 0)).toBe(1);
});

test('claimant: which rule gave a wrong claimant, where the gold source stands, an act before the figure, a relayer', () => {
  const text =
    'The ministry said 120 fighters had returned. Police arrested 14 of them. Officials in Bishkek counted 30 more. Reuters reported that 8 others died.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const gold = (s: string, f: Record<string, unknown>) => ({
    id: s,
    cluster: s,
    optional: false,
    value_text: s,
    approximation: 'exact',
    metric: 'returnees',
    quote: text.slice(text.lastIndexOf('.', text.indexOf(s)) + 1, text.indexOf('.', text.indexOf(s)) + 1).trim(),
    ...at(s),
    ...f,
  });
  const corpus: Corpus = {
    passages: [
      {
        id: 'x1',
        text,
        published: null,
        claims: [
          // the ministry's own figure, and the arrests a police act told by the publisher
          gold('120', { claimant: 'Ministry of Interior', claimant_mention: 'The ministry', cue: 'said' }),
          gold('14', { claimant: null, claimant_mention: null, cue: null }),
          // a source the extractor names with other words, and one it relays through Reuters
          gold('30', { claimant: 'Kyrgyz officials (unnamed)', claimant_mention: 'Officials', cue: 'counted' }),
          gold('8', { claimant: 'Kyrgyz health ministry', claimant_mention: null, cue: null, relayed_by: 'Reuters' }),
        ],
        distractors: [],
      },
    ],
  };
  const classes = errorClasses(corpus, evaluate(corpus));
  // the arrests: nobody named, as the gold (an act is no assertion)
  expect(classes.claimant_act_before_figure).toEqual({ "gold null, right: nobody: the writer's own description": 1 });
  expect(classes.claimant_wrong_by_rule).toEqual({
    "a partial or longer name: a cue's subject or source (a verb of counting)": 1,
    "another name: a cue's subject or source (a verb of reporting)": 1,
  });
  expect(classes.claimant_wrong_by_gold_source).toEqual({
    'a partial or longer name: gold a mention before the figure, gold cue a verb of counting': 1,
    'another name: gold a name, no mention (carried), gold cue none': 1,
  });
  expect(classes.claimant_relayer).toEqual({
    'gold relayer named, proposed none, the claimant proposed is the gold relayer: claimant another name': 1,
  });
  const printed = formatClasses(classes);
  for (const word of ['ministry', 'Bishkek', 'Reuters', 'Police', '120']) expect(printed).not.toContain(word);
});

test('the new tallies: where the text names a country, the shape around a false positive, and sums over corpora', () => {
  const text = 'Kazakh officials met.\n\nThe ministry said 120 fighters had returned from Syria.\n(3) The rest stay.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const corpus = onePassage(
    text,
    [
      {
        id: 'a',
        cluster: 'a',
        optional: false,
        value_text: '120',
        approximation: 'exact',
        metric: 'returnees',
        country: 'KZ',
        ...at('120'),
      },
    ],
    [{ id: 'd1', kind: 'reference_label', ...at('3') }],
  );
  const predictions = {
    x1: [
      { ...at('120'), value: 120, country: 'SY' },
      { ...at('3'), value: 3 },
    ],
  };
  const classes = errorClasses(corpus, { ...scoreOf(corpus, predictions), candidates: {} });
  expect(classes.wrong_country_where_named).toEqual({
    'gold country → country (another country): gold in an earlier paragraph, as a demonym': 1,
  });
  expect(classes.country_by_rule_where_named).toEqual({ 'wrong: none: proposed in its sentence, after, as a name after "from"': 1 });
  expect(classes.false_positives_by_shape).toEqual({ 'distractor reference_label: a list item, before it a bracket, after it ")"': 1 });
  expect(addClasses(classes, classes).false_positives_by_shape).toEqual({
    'distractor reference_label: a list item, before it a bracket, after it ")"': 2,
  });
  for (const word of ['Kazakh', 'ministry', 'returned', 'rest']) expect(formatClasses(classes)).not.toContain(word);
});

test("country tallies of extract29: where a missed country is named, and the group a figure's sentence names", () => {
  const text =
    'LAGOS, Nigeria\n\nTroops killed 31 al-Shabaab fighters on Sunday.\n\nKenya said it had arrested 14 suspects. Police held 6 more.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const gold = goldOf(text);
  const corpus = onePassage(text, [
    gold('31', { metric: 'killed', country: null }),
    gold('14', { metric: 'arrested', country: 'KE' }),
    gold('6', { metric: 'arrested', country: 'KE' }),
  ]);
  const predictions = {
    x1: [
      { ...at('31'), country: null },
      { ...at('14'), country: null },
      { ...at('6'), country: null },
    ],
  };
  const classes = errorClasses(corpus, { ...scoreOf(corpus, predictions), candidates: {} });
  expect(classes.country_missed_where_named).toEqual({
    "in its sentence; no forces or authorities in its sentence: a state's cases": 1,
    "in the sentence before; forces or authorities in its sentence: a state's cases": 1,
  });
  expect(classes.country_by_group_in_sentence).toEqual({ 'al-shabaab: gold null, right': 1 });
  for (const word of ['Lagos', 'Troops', 'Kenya', 'suspects']) expect(formatClasses(classes)).not.toContain(word);
});

test('a carried country: how far it was carried, what the text names between, and the rule that gave the first its country', () => {
  const text = 'About 40 Kenyans have returned home.\n\nPolice in Mombasa later arrested 12 of the men on Friday.';
  const gold = goldOf(text);
  const corpus = onePassage(text, [gold('40', { metric: 'returnees', country: 'KE' }), gold('12', { metric: 'arrested', country: null })]);
  const classes = errorClasses(corpus, evaluate(corpus));
  expect(classes.country_carried_across).toEqual({
    "wrong: across a paragraph break; between them the carried country: a state's cases": 1,
  });
  expect(classes.country_carried_from_rule).toEqual({ 'wrong: from "…"': 1 });
  for (const word of ['Kenya', 'Mombasa', '12']) expect(formatClasses(classes)).not.toContain(word);
});

test("country tallies of extract34: a carried country by the two figures' metrics, a whole's country given to its part", () => {
  const carriedText = 'About 40 Kenyans have returned home.\n\nPolice in Mombasa later arrested 12 of the men on Friday.';
  const carried = goldOf(carriedText);
  const carriedCorpus = onePassage(carriedText, [
    carried('40', { metric: 'returnees', country: 'KE' }),
    carried('12', { metric: 'arrested', country: null }),
  ]);
  const byPair = errorClasses(carriedCorpus, evaluate(carriedCorpus));
  expect(byPair.country_carried_by_metric_pair).toEqual({
    "wrong: travellers, returnees and others → a state's cases; a noun of its own; across a paragraph break": 1,
  });
  const partText = 'About 300 Swedes have travelled to Syria. Around 150 of them have returned.';
  const part = goldOf(partText);
  const partCorpus = onePassage(partText, [
    part('300', { metric: 'foreign_fighters', country: 'SE' }),
    part('150', { metric: 'returnees', country: 'SE' }),
  ]);
  const partOf = errorClasses(partCorpus, evaluate(partCorpus));
  expect(partOf.country_part_of_by_metric_pair).toEqual({
    'right: travellers, returnees and others → travellers, returnees and others; gold country; another sentence; the whole\'s from "…"': 1,
  });
  for (const word of ['Kenya', 'Mombasa', 'Swedes', 'Syria']) expect(formatClasses({ ...byPair, ...partOf })).not.toContain(word);
});

test('a carried claimant: what lies between its source and the figure, and where the gold stands', () => {
  const text =
    'Interior Minister Kithure Kindiki said 40 Kenyans had returned from Somalia. In March, 12 more were arrested at the border.';
  const gold = goldOf(text);
  const corpus = onePassage(text, [
    gold('40', {
      metric: 'returnees',
      country: 'KE',
      claimant: 'Ministry of the Interior (Kenya)',
      claimant_mention: 'The ministry of the interior',
    }),
    gold('12', { metric: 'arrested', country: 'KE', claimant: null, claimant_mention: null }),
  ]);
  const classes = errorClasses(corpus, evaluate(corpus));
  expect(classes.claimant_carry).toEqual({
    'gold nobody: distance: the sentence before, its paragraph': 1,
    'gold nobody: source sentence: with a figure': 1,
    'gold nobody: figure sentence opens with a preposition or quantifier': 1,
    'gold nobody: figure sentence: no quotation': 1,
    'gold nobody: before the figure: no capitalised name': 1,
    'gold nobody: metric: another metric than the source’s figures': 1,
  });
  for (const word of ['Kenya', 'Kindiki', 'March', '12']) expect(formatClasses(classes)).not.toContain(word);
});

test('sub-national readings: the gold and proposed kinds, whether the ledger holds the code, where the region is named', () => {
  const text =
    'Ingushetia worries officials.\n\nPolice in Ingushetia said 30 returnees were questioned. Officials said 12 Dagestanis came home. In all, 50 Kazakhs left.';
  const gold = goldOf(text);
  const corpus = onePassage(text, [
    gold('30', { metric: 'returnees', country: 'RU-IN' }),
    gold('12', { metric: 'returnees', country: 'RU-DA' }),
    gold('50', { metric: 'foreign_fighters', country: 'KZ' }),
  ]);
  const classes = errorClasses(corpus, evaluate(corpus));
  // (a figure whose gold is a country and whose sentence names no region is not tallied)
  expect(classes.country_sub_national).toEqual({
    // (the returnees take the country of the region the text names, the home people come back to: extract101)
    'gold sub-national → country; gold code held; in its sentence, before, as a name after "in"': 1,
    'gold sub-national → right; gold code held; in its sentence, after within 30 characters after, as a demonym': 1,
  });
  expect(formatClasses(classes)).not.toContain('Ingushetia');
});

/**
 * A long report of the kind editors paste (a monitoring team's report, an NGO's 30 pages): paragraphs of prose in
 * which roughly one sentence in three states a count of people, in the wordings the extractor reads (over, around,
 * at least, between … and …, hundreds of), said by officials, agencies and researchers of many countries, with
 * years, percentages and sentences that are not figures in between. Deterministic: the same `words` give the same text.
 */

const COUNTRIES = [
  ['Kazakhstan', 'Kazakh'],
  ['Tajikistan', 'Tajik'],
  ['Uzbekistan', 'Uzbek'],
  ['Kyrgyzstan', 'Kyrgyz'],
  ['Russia', 'Russian'],
  ['Germany', 'German'],
  ['France', 'French'],
  ['Belgium', 'Belgian'],
  ['Tunisia', 'Tunisian'],
  ['Morocco', 'Moroccan'],
] as const;

const CLAIMANTS = [
  'the State Security Committee',
  'the Interior Ministry',
  'the national prosecutor',
  'a senior counterterrorism official',
  'the Monitoring Team',
  'researchers at the International Centre for the Study of Radicalisation',
  'the security service',
  'a member state',
] as const;

const FIGURES: ((n: number, demonym: string, country: string, who: string, year: number) => string)[] = [
  (n, d, _c, who, y) =>
    `According to ${who}, more than ${n.toLocaleString('en-US')} ${d} nationals had travelled to Syria and Iraq by ${y}.`,
  (n, d, _c, who) => `${cap(who)} said that around ${n} ${d} women were held in the camps of the north-east.`,
  (n, d, _c, who) => `At least ${n} ${d} children have been repatriated, ${who} told reporters.`,
  (n, d, c, who) => `${cap(who)} estimated that between ${n} and ${n + Math.round(n / 4)} fighters from ${c} remained with the group.`,
  (n, d, _c, who) => `Some ${n} ${d} citizens returned home, of whom about half were prosecuted, ${who} said.`,
  (n, _d, c, who, y) => `In ${y}, ${who} put the number of returnees to ${c} at ${n}.`,
  (_n, d, _c, who) => `Hundreds of ${d} men joined the group in its first years, ${who} said.`,
  (n, d, _c, who) => `Nearly ${n} ${d} nationals were killed in the fighting, according to ${who}.`,
];

const FILLER = [
  'The report draws on information provided by member states and on open sources.',
  'Several delegations stressed the need for rehabilitation programmes that continue after release.',
  'Sentences of up to ten years in prison were handed down in the cases reviewed.',
  'Around 40 percent of the budget went to reintegration in the year under review.',
  'The group continued to recruit online, in several languages, through channels that were closed and reopened under new names.',
  'Courts applied the law on participation in armed conflict abroad, adopted in 2014.',
  'Access to the camps remained difficult for humanitarian organisations throughout the period.',
  'Member states reported that financing came mostly from small transfers sent through informal networks.',
];

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** An article of about `words` words, paragraphs of five sentences, one or two of them figures. */
export function longArticle(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++, i++) {
      const [country, demonym] = COUNTRIES[(i * 7) % COUNTRIES.length];
      const who = CLAIMANTS[(i * 5) % CLAIMANTS.length];
      const sentence =
        s % 3 === 1
          ? FIGURES[i % FIGURES.length](40 + ((i * 37) % 1900), demonym, country, who, 2013 + (i % 10))
          : FILLER[(i * 3) % FILLER.length];
      sentences.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

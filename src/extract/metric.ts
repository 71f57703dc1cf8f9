/**
 * What the people counted are: a status stated near the figure (killed, returned, arrested, convicted…) decides;
 * failing that, the noun counted (women, children, family members…); travellers and fighters are the default.
 */
export interface StatusHit {
  metric: string;
  start: number;
  end: number;
  words: string;
  strong: boolean;
}

/** The words of an acquittal, read as charged (STATUS) and named so in the metric's reason (ACQUITTED). */
const ACQUITTAL_WORDS =
  'acquitted|acquits?|acquitting|acquittals?\\s+of|(?:found|declared|judged|pronounced|adjudged)\\s+(?:not\\s+guilty|innocent)|cleared\\s+of\\s+(?:all\\s+)?(?:the\\s+)?charges';

// Most specific first: where two cues overlap ("detained in camps") the earlier rule wins.
const STATUS: [RegExp, string, boolean][] = [
  [
    /\b(sentenced\s+(?:[\w-]+\s+){0,3}to\s+death|on death row|death row|death sentences?|death penalt(?:y|ies)|condemned to death|capital punishments?)\b/gi,
    'sentenced_to_death',
    true,
  ],
  [
    /\b(awaiting trial|await trial|to be tried|facing trial|face trial|stand trial|standing trial|on trial|being tried|pending trial)\b/gi,
    'awaiting_trial',
    true,
  ],
  // people acquitted were charged and tried: the ledger has no acquitted metric, and the studied annotations count them
  // as charged ("two were acquitted", "acquitted two of the accused", "found not guilty"); before convicted, whose
  // "found guilty" would otherwise take "not guilty"
  [new RegExp(`\\b(${ACQUITTAL_WORDS})\\b`, 'gi'), 'charged', true],
  // ("condemned" by a court or to a term is convicted, as wires translated from Russian or French put it: "of them 214
  // were condemned by courts"; one who condemns an attack convicts nobody)
  [
    /\b(convicted|condemned(?=\s+by\s+(?:the\s+|a\s+)?(?:courts?|judges?|tribunals?)\b|\s+to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[\s-]+(?:years?|months?)\b|\s+to\s+(?:life|prison|imprisonment|jail|deprivation\s+of\s+liberty)\b)|(?<!\b(?:former|ex-|terrorism|terror|jihadist|the|of|as|other|fellow|convicted)\s)convicts|(?<!\b(?:in|into|our|their|the|its|his|her|of|from|and|to|prisons|state)\s(?:[\w-]+\s)?)jails|found guilty|sentenced|serving sentences?|(?:life|prison|jail|custodial)\s+sentences(?=\s+(?:were|have\s+been|had\s+been)\s+(?:handed\s+down|imposed|passed|pronounced|issued|given|delivered|meted\s+out)\b|\s*$)|(?:having\s+)?served\s+(?:their|his|her)\s+(?:[\w-]+\s+)?(?:prison\s+|jail\s+)?(?:sentences?|terms?)|convictions?\s+of|sentences(?=\s*$|\s+(?:[\w-]+\s+){0,2}\d|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b)|(?:received|receive|receives|were given|was given|handed)\s+(?:[\w-]+\s+){0,2}?(?:prison |jail )?(?:sentences|terms)\b|(?:received|receive|receives|were given|was given|got|were handed|was handed|(?:were|was|been)\s+(?:jailed|imprisoned)\s+for)\s+(?:(?:a|an|up\s+to|between)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|life)[\s-]+(?:(?:and|to)\s+(?:a\s+half\s+|\d+\s+)?)?(?:years?|months?)\b)\b/gi,
    'convicted',
    true,
  ],
  [
    /\b(charged|indicted|prosecuted|named\s+as\s+(?:the\s+)?defendants|charge-?sheeted|chargesheets?|charge sheets? against|booked|(?:facing|faced|face|faces) (?:terrorism |criminal )?charges|prosecutions? (?:against|of)|referred to (?:trial|court|the courts?)|indictments?\b[^.;]{0,80}?\bagainst|charges\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:brought|filed|laid|pressed)\s+against|(?:brought|filed|laid|pressed)\s+charges|brought\s+(?:to|before)\s+(?:a\s+|the\s+)?(?:courts?|judges?|justice|trial))\b/gi,
    'charged',
    true,
  ],
  // tried, a weak word of the same stage: a stronger one near it tells more ("371 of the convicted individuals were tried
  // for jihadist terrorism"), and a trial in absentia is of people at large
  [
    /\b((?:been|were|was|be|being)\s+tried(?!\s+(?:to|in\s+absentia)\b)|stood\s+trial(?!\s+in\s+absentia)|put\s+on\s+trial|(?:are|is|were|was|went|go|going)\s+on\s+trial)\b/gi,
    'charged',
    false,
  ],
  [
    /\b(peace bonds?|released(?:\s+[a-z-]+){1,3}?\s+(?:under|on|with)\s+(?:(?:strict|tight|certain|severe|stringent)\s+)?(?:conditions|restrictions|supervision|licen[cs]e|probation|parole|bail)|released on|released under|on bail|on parole|control orders?|under judicial (?:control|supervision)|(?:placed\s+)?under\s+house\s+arrest|placed\s+under\s+(?:administrative\s+|police\s+|court\s+)?(?:control|supervision|surveillance)|under\s+administrative\s+(?:control|supervision)|subject to (?:conditions|restrictions|a control order))\b/gi,
    'released_under_restrictions',
    true,
  ],
  [/\b(outstanding warrants|arrest warrants?|warrants)\b/gi, 'arrest_warrants', true],
  [
    /\b(wanted list|most wanted|are wanted|were wanted|(?:still |remain |remained |remaining )?at large|on the run|fugitives?|(?:searching|hunting|looking)\s+for|manhunts?\s+for)\b/gi,
    'wanted',
    true,
  ],
  [
    /\b(under investigation|being investigated|were investigated|investigated|criminal cases|probed|(?:investigations?|inquiries|criminal proceedings|proceedings|preliminary proceedings) (?:against|into|were opened|have been opened|opened|initiated)|(?:initiated|instituted|opened|launched)\s+(?:(?:pre-?trial\s+|criminal\s+)?(?:proceedings|investigations?|cases?|inquiries)\s+(?:[\w-]+\s+){0,8}?)?against)\b/gi,
    'under_investigation',
    true,
  ],
  // people handed to another state's custody; money or arms transferred are no people ("recruited at least 40 and
  // transferred around 85,000 euros to them", "the 12,000 dollars he had transferred")
  [
    /\b((?<!\b(?:euros?|dollars?|pounds?|roubles?|rubles?|lira|funds|money|cash|sums?|payments?|donations|weapons|arms)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|being|he|she|they|had|has|have)\s+)?)(?:handed over|transferred)(?!\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|roughly|up\s+to|at\s+least|an\s+estimated|the|a|an|their|his|her|its)\s+)?(?:[$€£₽]|\d[\d,.]*\s*(?:million|billion|thousand|m|bn|k)?\s*(?:euros?|dollars?|pounds?|roubles?|rubles?|lira|liras?|dinars?|francs?|tenge|rupees?|riyals?|dirhams?)\b|(?:funds|money|cash|sums?|payments?|donations|weapons|arms|ammunition)\b))|extradited)\b/gi,
    'transferred',
    true,
  ],
  [
    /\b((?:attempting|trying|seeking|preparing|planning|working|waiting|hoping|efforts?|plans?|pressure) to (?:repatriate|bring (?:them |back )?(?:back|home))|awaiting repatriation|to be repatriated)\b/gi,
    'awaiting_repatriation',
    true,
  ],
  [
    /\b((?:detained|held|living|lives?|lived|housed|staying|stays?|stayed|kept|sheltered|sheltering)\s+(?:in|at)\s+(?:[\w-]+\s+){0,4}(?:camps?|(?:al[-\s]?)?(?:hol|hawl)\b|roj\b)|in (?:the |a |separate )?camps?|camp(?:s)? (?:residents|population)|camps?\s+for|sheltering|living in (?:the )?camps?|held in (?:the )?camps?|camps?\s+(?:held|holds?|housed|houses?|sheltered|shelters?|hosted|hosts?)|(?:in|at|inside)\s+(?:the\s+)?(?:al[-\s]?)?(?:hol|hawl|roj)\b)\b/gi,
    'in_camps',
    true,
  ],
  [
    /\bcamps?\b[^.;:]{0,60}?\b(?:holds?|houses|housing|shelters|sheltering|hosts|is home to|are home to|held|housed|sheltered|hosted|contains?|contained|containing)\b/gi,
    'in_camps',
    true,
  ],
  // a centre or a site that hosts people is a camp by another name: "the transit centre hosted 600", "the site hosting 900"
  [
    /\b(?:(?:transit|reception|rehabilitation|reintegration|displacement)\s+)?(?:centres?|centers?|sites?)\b[^.;:]{0,40}?\b(?:hosts|hosted|hosting|shelters|sheltered|sheltering)\b/gi,
    'in_camps',
    true,
  ],
  // a camp named as the subject: "Al-Hol alone holds 40,800", "al-Hol and Roj together hold"
  [
    /\b(?:(?:al[-\s]?)?(?:hol|hawl)|roj)(?:\s+(?:and|&)\s+(?:(?:al[-\s]?)?(?:hol|hawl)|roj))?(?:\s+camps?)?\s+(?:alone\s+|together\s+|now\s+|still\s+|currently\s+)*(?:holds?|houses?|shelters?|hosts?|held|housed|sheltered)\b/gi,
    'in_camps',
    true,
  ],
  [
    /\b((?:classed|classified|considered|deemed|rated|listed|categori[sz]ed)\s+as\s+(?:dangerous|a (?:security )?threat|high[- ]risk|potential attackers|(?:potential )?(?:endangerers|threats))|endangerers|Gefährder|["“]?risk\s+persons|(?:classed|classified|considered|deemed|rated|listed|categori[sz]ed)\s+as\s+["“]?relevant\s+(?:persons|individuals)|dangerous (?:persons|individuals|people|Islamists|extremists)|dangerous(?=\s*$)|(?:on|in) (?:a|the|its|their) (?:terror(?:ism)? |security )?watch ?lists?|watch-?listed|(?:registered|listed|recorded|entered)\s+(?:in|on)\s+(?:the\s+|a\s+)?(?:national\s+)?(?:files?|registers?|registry|databases?)\b[^.;]{0,80}?\b(?:radicali[sz]ation|terroris[mt]\w*|extremis[mt]\w*)|pos(?:e|ing) a (?:security |terrorist )?threat)/gi,
    'classified_threat',
    true,
  ],
  // (before the returnees' own: "barred from returning" is no return)
  [
    /\b(barred from return\w*|(?:banned|prevented|blocked)\s+from\s+return\w*|stripped\s+of\s+(?:their\s+|his\s+|her\s+)?(?:citizenship|nationality)|(?:cancel+ed|revoked|removed|withdrew|withdrawn|stripped|cancel+ing|revoking)\s+(?:[\w-]+\s+){0,2}?(?:citizenships?|nationality)|(?:cancel+ed|revoked|withdrawn|removed)(?<=\b(?:citizenships?|nationality)\b[^.;]{0,70}?(?:cancel+ed|revoked|withdrawn|removed)))\b/gi,
    'barred_from_returning',
    true,
  ],
  // people who defected to a group, the rebels or the militants joined it: its members, not people back (defecting to
  // the government, the army or the authorities is leaving the fight: returnees, below)
  [
    /\b((?:defected|defecting|defectors?)\s+to\b(?!\s+(?:the\s+)?(?:(?!(?:islamic|rebel|militant|insurgent|opposition|jihadist|islamist|enemy)\b)[A-Za-z-]+\s+)?(?:government|authorities|army|military|state|security\s+forces|forces|troops|police)\b))/gi,
    'members',
    true,
  ],
  // people who gave up their group's fight and came out to the authorities (surrendered, defected, took an amnesty): the
  // README has no metric of its own for them, and its returnees (who came back) is the closest; custody stated with it
  // decides otherwise (classify's surrenderedBack); an amnesty however it is told (taken, responded to, granted, received,
  // benefited from, entered; a surrender or a return "under", "through" or "as part of" it), as the studied annotations
  // give "surrendered under the Government's amnesty" and "responded to the amnesty call" (returnees)
  [
    /\b(surrender(?:ed|s|ing)?(?!\s+(?:their|his|her|its)\s+(?:passports?|documents|weapons\s+licen[cs]es?))(?=\s+(?:to|under|in|at|with|after|since|last|this|on|during|before|following|and|were|was|are|is|have|has|had|will|would|or|but)\b|\s*[,.;]|\s*$)|(?:defected|defecting|defectors?)(?!\s+to\b(?!\s+(?:the\s+)?(?:(?!(?:islamic|rebel|militant|insurgent|opposition|jihadist|islamist|enemy)\b)[A-Za-z-]+\s+)?(?:government|authorities|army|military|state|security\s+forces|forces|troops|police)\b))|(?:laid|lay|laying)\s+down\s+(?:their\s+)?(?:arms|weapons)|(?:gave|give|giving)\s+themselves\s+up|(?:turned|handed)\s+themselves\s+(?:in|over)|(?:(?:accepted|accepting|took|taken|taking|responded\s+to|received|benefit(?:t?ed|ing)\s+from|availed\s+themselves\s+of|(?:were|was|been|being)\s+(?:granted|given)|entered|enrolled\s+in|registered\s+(?:for|in|under))\s+(?:(?:the|an?|its|their|this)\s+)?|(?:under|through|via|as\s+part\s+of|in\s+response\s+to)\s+(?:the|an?|its|their|this)\s+)(?:[\w'’-]+\s+){0,3}?amnest(?:y|ies))\b/gi,
    'returnees',
    true,
  ],
  // people who completed or left a programme for leaving extremism (deradicalisation, exit, rehabilitation,
  // reintegration, disengagement) left their group for good, as those who surrendered or took an amnesty: the README has
  // no metric for a programme's participants, and its returnees is the closest ("Some 300 participants have completed
  // the exit programme"); a programme of another kind ("the mentoring scheme reached 300 participants") is none
  [
    /\b((?:completed|complete|completes|completing|finished|graduated\s+from|graduates\s+of|left|quit|dropped\s+out\s+of|passed\s+through|gone\s+through|went\s+through)\s+(?:(?:the|a|an|their|its|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:de-?radicali[sz]ation|exit|rehabilitation|reintegration|disengagement|deprogramming)\s+(?:programmes?|programs?|schemes?|courses?))\b/giu,
    'returnees',
    true,
  ],
  [
    /\b((?:brings?|brought|bringing|takes?|took|taking|taken|flown|flew|flying|sent|sends|airlifted)\s+(?:\w+\s+){0,3}?(?:home|back)|repatriat\w*|returned(?!\s+to\s+(?:school|schools|classes|class|lessons|work|their\s+(?:jobs|studies|classrooms|desks|fields|farms|shops)|normal\s+life))|(?:have|has|had)\s+come\s+(?:back|home)|came\s+(?:back|home)|come\s+(?:back|home)|coming\s+(?:back|home)|returned home|returning|returnees?|(?<!\b(?:not|never|to|cannot|can't|won't)\s)returns?\s+(?:home|from)|the return of|repatriated|brought back|deported|deportations?|expulsions?|back home|arrived)\b/gi,
    'returnees',
    true,
  ],
  // the bodies or remains of the people counted are the dead of an attack or a massacre, or a group's dead when the noun
  // says fighters (classify): "recovered the remains of 23 men", "the bodies of 14 militants"
  [
    /\b((?:bodies|corpses|remains|skeletons)\s+of(?=\s+(?:[A-Za-z-]+\s+){0,2}?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|dozens|scores|hundreds)\b)|\s*$))/gi,
    'victims_killed',
    true,
  ],
  [/\b(injured|wounded|injuring|wounding)\b/gi, 'victims_injured', true],
  [
    /\b(killed|kill|kills|killing|died|dead|deaths|death toll|fatalities|slain|perished|lost their lives|martyred|were executed|have been executed|beheaded|massacred|murdered|slaughtered|assassinated|gunned down|shot dead|lynched|suicide bombers?|neutrali[sz]ed|eliminated)\b/gi,
    'killed',
    true,
  ],
  [
    /\b(arrested|rearrested|redetained|detained|arrests|arrest\s+of|arrest|detains?|detention\s+of|imprisoned|in custody|(?:held|detained|taken\s+in|brought\s+in)\s+for\s+questioning|rounded up|apprehended|picked up|taken\s+(?:[\w-]+\s+)?into\s+(?:the\s+)?(?:police\s+)?custody|deprived of (?:their\s+)?liberty|nabbed|in (?:our |their |the |its |his |her )?(?:prisons?|jails?)|jailed|held(?<!\b(?:funerals?|vigils?|talks|meetings?|elections?|rall(?:y|ies)|conferences?|ceremon(?:y|ies)|services|prayers|protests?|marches|sessions?|hearings?|trials?|events?|summits?|consultations|negotiations|discussions|memorials?)\s+(?:(?:was|were|is|are|being|has\s+been|have\s+been|had\s+been)\s+)?held)(?=\s+(?:in|at|for|by|on|under|without|incommunicado|inside|since|until|during|after|following|overnight|pending)\b|\s*$)|held(?<!\b(?:funerals?|vigils?|talks|meetings?|elections?|rall(?:y|ies)|conferences?|ceremon(?:y|ies)|services|prayers|protests?|marches|sessions?|hearings?|trials?|events?|summits?|consultations|negotiations|discussions|memorials?)\s+(?:(?:was|were|is|are|being|has\s+been|have\s+been|had\s+been)\s+)?held)(?<=\b(?:were|was|been|being)\s+held)(?!\s+(?:hostage|captive|responsible|accountable|liable|back|up|talks)\b)|captured|in (?:pre-?trial |administrative )?detention|on remand|in remand|remanded|behind bars|detainees|prisoners)\b/gi,
    'arrested',
    true,
  ],
  [
    /\b(still (?:in|there|inside|believed to be in|thought to be in|fighting|active|with)|currently (?:fighting|active)|remain(?:s|ed|ing)? (?:in|there|with)|stranded|trapped|(?<!\b(?:had|have|has|who|that|which)\s)left(?=[.,;]))\b/gi,
    'still_in_conflict_zone',
    true,
  ],
  [
    /\b(prevented from (?:travell?ing|leaving)|stopped from (?:travell?ing|leaving)|barred from leaving|intercepted|offloaded|from (?:leaving|travell?ing|departing)(?: (?:the country|abroad|for))?|(?:(?:were|was|been|being) )?stopped (?:at (?:the |an? )?(?:[\w-]+ )?(?:borders?|airports?|(?:sea)?ports?|frontiers?|(?:border )?crossings?|checkpoints?)|before (?:they )?(?:could )?(?:leav|board|cross|travel|fly|flew|depart|reach)\w*|on (?:their|the) way (?:to|out))|turned back (?:at|from)\b|passports? (?:\w+ ){0,3}?(?:confiscated|cancel+ed|revoked|seized|withdrawn)|travel bans?|exit bans?|banned from travel\w*|(?:refused|denied)\s+entry|entry[- ]bans?)\b/gi,
    'prevented_from_travelling',
    true,
  ],
  [
    /\b(travell?ed|traveling|travelling|went|gone|left for|left to|left (?:home|the country)|joined|join|joining|to fight|fighting (?:for|with|alongside|in)|fought|recruited|foreign fighters|headed)\b/gi,
    'foreign_fighters',
    false,
  ],
];

/**
 * A verb before the people counted and its complement after them, the object between: "referred 312 suspected members
 * to the courts", "sent 40 men to trial" (charged); "found 12 of the defendants not guilty", "declared three men
 * innocent" (charged: acquitted people were charged and tried); "found 12 guilty" (convicted). STATUS reads its words
 * side by side only ("referred to the courts", "found not guilty"); here the object stands between them, its own words
 * and a qualifier at most (six words, no clause break). The hit spans the verb, the object and the complement; its words
 * are the verb and the complement ("found not guilty").
 */
export function objectComplement(text: string, start: number, end: number, sentenceEnd: number): StatusHit | null {
  const verb = COMPLEMENT_VERB.exec(text.slice(Math.max(0, start - 40), start));
  if (!verb) return null;
  const sending = /^(?:referred|referring|refers?|sent|sends?|sending|committed|commits?|committing|remitted|remits?)$/i.test(verb[1]);
  const rest = text.slice(end, sentenceEnd);
  // (people sent, smuggled or helped to a war abroad are travellers, whoever sent them: "the detainees sent at least 40
  // citizens to Syria", "smuggled 12 men across the border to join the group")
  const toWar = SENDING_ABROAD.test(verb[1]) ? TO_WAR.exec(rest) : null;
  const after = toWar ?? (SENDING_ABROAD.test(verb[1]) && !sending ? null : (sending ? TO_COURT : VERDICT).exec(rest));
  if (!after) return null;
  const complement = after[1].replace(/\s+/g, ' ');
  const metric = toWar ? 'foreign_fighters' : sending || /^(?:not|innocent)/i.test(complement) ? 'charged' : 'convicted';
  const from = start - verb[0].length + verb[0].indexOf(verb[1]);
  return { metric, start: from, end: end + after[0].length, words: `${verb[1]} ${complement}`, strong: true };
}
const COMPLEMENT_VERB =
  /\b(referred|referring|refers?|sent|sends?|sending|dispatched|dispatching|smuggled|smuggling|helped|helping|committed|commits?|committing|remitted|remits?|found|finds?|finding|declared|declares?|declaring|judged|pronounced|adjudged)\s+(?:(?:some|about|around|nearly|almost|roughly|approximately|over|more\s+than|at\s+least|only|just|another|a\s+further|all)\s+)?$/i;
/** The verbs of COMPLEMENT_VERB that send people to a war abroad (TO_WAR after their object). */
const SENDING_ABROAD = /^(?:sent|sends?|sending|dispatched|dispatching|smuggled|smuggling|helped|helping)$/i;
/** The object's words, eight at most and no clause break, then the war it is sent to ("to Syria", "to join the group"). */
const TO_WAR =
  /^(?:\s+(?!(?:and|or|but|who|which|that|to)\b)[\p{L}\d,'’-]+){0,8}?\s+(to\s+(?:fight|join|travel|go)\b|to\s+(?:Syria|Iraq|Afghanistan|Somalia|Libya|Yemen|Mali|jihad|the\s+caliphate|the\s+front(?:\s+lines?)?|(?:the\s+)?(?:conflict|war|combat)\s+zones?)\b)/u;
/** The object's words, six at most and no clause break, then the court it is sent to ("to the courts", "for trial"). */
const TO_COURT =
  /^(?:\s+(?!(?:and|or|but|who|which|that|to|for|before)\b)[\p{L}'’-]+){0,6}?\s+((?:to|for|before)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?(?:trial|courts?|judges?|prosecutors?|prosecution|justice|judiciary|(?:public\s+)?prosecutor['’]s\s+office))\b/iu;
/** The object's words, six at most and no clause break, then the verdict ("not guilty", "innocent", "guilty"). */
const VERDICT = /^(?:\s+(?!(?:and|or|but|who|which|that|to|for)\b)[\p{L}'’-]+){0,6}?\s+(not\s+guilty|innocent|guilty)\b/iu;

/** The words of STATUS's acquittals (charged): the metric's reason says why acquitted people are counted as charged. */
export const ACQUITTED = new RegExp(`^(?:${ACQUITTAL_WORDS})`, 'i');
export const ACQUITTED_READING = ': people charged and tried, then acquitted (the ledger has no acquitted metric)';

/**
 * A surrender told as made under an amnesty: "surrendered under the government's amnesty", "laid down their arms to the
 * army as part of the amnesty programme" (people who left their group for good, as those who took an amnesty).
 */
export const UNDER_AMNESTY =
  /^\s+(?:[\p{L}'’-]+\s+){0,4}?(?:under|through|via|as\s+part\s+of|in\s+response\s+to|after|following|in\s+exchange\s+for)\s+(?:(?:the|an?|its|their|this)\s+)?(?:[\p{L}'’-]+\s+){0,3}?amnest(?:y|ies)\b/iu;

/** A status of people who gave up their group's fight: surrendered, defected, took an amnesty (read as returnees). */
export const gaveUpFight = (h: StatusHit | null | undefined): boolean => h?.metric === 'returnees' && GAVE_UP_FIGHT.test(h.words);
/** The words of it (STATUS's entry before the returnees' own). */
const GAVE_UP_FIGHT =
  /^(?:surrender|defect|(?:laid|lay|laying)\s+down|(?:gave|give|giving|turned|handed)\s+themselves|(?:(?:accepted|accepting|took|taken|taking|responded\s+to|received|benefit(?:t?ed|ing)\s+from|availed\s+themselves\s+of|(?:were|was|been|being)\s+(?:granted|given)|entered|enrolled\s+in|registered\s+(?:for|in|under))\s+(?:(?:the|an?|its|their|this)\s+)?|(?:under|through|via|as\s+part\s+of|in\s+response\s+to)\s+(?:the|an?|its|their|this)\s+)(?:[\w'’-]+\s+){0,3}?amnest(?:y|ies))/i;

/** The windows read last and their cues, for the text they were read in: each figure of a sentence asks the whole sentence. */
let read = { text: '', hits: new Map<string, StatusHit[]>() };

/** Status cues in text[from, to). */
export function statusesIn(text: string, from: number, to: number): StatusHit[] {
  if (to <= from) return [];
  if (read.text !== text) read = { text, hits: new Map() };
  const window = `${from}:${to}`;
  let hits = read.hits.get(window);
  if (!hits) read.hits.set(window, (hits = readStatuses(text, from, to)));
  return [...hits];
}

function readStatuses(text: string, from: number, to: number): StatusHit[] {
  const slice = text.slice(from, to);
  const hits: StatusHit[] = [];
  for (const [re, metric, strong] of STATUS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && h.start < end)) continue;
      hits.push({ metric, start, end, words: m[0], strong });
    }
  }
  return hits;
}

const NOUN_METRICS: [RegExp, string][] = [
  [/^(?:residents|inhabitants)\s+of\s+(?:the\s+)?(?:(?:al[-\s]?)?(?:hol|hawl)|roj|(?:[\p{L}-]+\s+){0,2}camps?)\b/iu, 'in_camps'],
  [/^(women and children|wives and children|women, children)/i, 'women_and_children'],
  [/^(women|woman|wives|wife|widows|brides|mothers|girls?)\b/i, 'women'],
  [/^(children|child|minors|kids|orphans|boys|babies|infants|toddlers|teenagers)\b/i, 'children'],
  [/^(family members|families|relatives|family)\b/i, 'family_members'],
  [/^(returnees?|defectors|expulsions|deportations|deportees|repatriations|repatriates|expellees)\b/i, 'returnees'],
  [/^(detainees|prisoners|inmates|suspects|arrests)\b/i, 'arrested'],
  [/^(accused|defendants)\b/i, 'charged'],
  [/^(convicts|convictions)\b/i, 'convicted'],
  // (casualties are the wounded of an attack with its dead, and the dead among them are told apart: "31 casualties: 9
  // were shot and 22 assaulted", "64 casualties were received, of whom 7 were dead on arrival")
  [/^(casualties)\b/i, 'victims_injured'],
  [/^(victims|homicides|murders|bodies|corpses|skeletons)\b/i, 'victims_killed'],
  [/^(dead|deaths|fatalities)\b/i, 'killed'],
  [/^(criminal cases|cases)\b/i, 'under_investigation'],
];

/** The metric a noun phrase names on its own, or null. */
export function nounMetric(np: string): string | null {
  for (const [re, metric] of NOUN_METRICS) if (re.test(np)) return metric;
  return null;
}

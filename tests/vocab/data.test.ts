import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Country {
  code: string;
  name: string;
  m49: string | null;
  demonyms: string[];
  aliases: string[];
  userAssigned?: boolean;
  note?: string;
}

interface Region {
  code: string;
  name: string;
  kind: 'world' | 'region' | 'grouping';
  demonyms: string[];
  aliases: string[];
  members: string[];
  note?: string;
}

const dataDir = join(__dirname, '..', '..', 'db', 'data');
const countries = JSON.parse(readFileSync(join(dataDir, 'countries.json'), 'utf8')) as Country[];
const regions = JSON.parse(readFileSync(join(dataDir, 'regions.json'), 'utf8')) as Region[];

/** The 249 officially assigned ISO 3166-1 alpha-2 codes. */
const ISO_CODES = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
`
  .trim()
  .split(/\s+/);

const byCode = new Map(countries.map((c) => [c.code, c]));
const region = (code: string): Region => {
  const r = regions.find((x) => x.code === code);
  if (!r) throw new Error(`region ${code} missing`);
  return r;
};

/** Every name, alias and demonym, lower-cased, with the codes of the entries that use it. */
function termIndex(): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const e of [...countries, ...regions]) {
    for (const term of [e.name, ...e.aliases, ...e.demonyms]) {
      const key = term.toLowerCase();
      if (!index.has(key)) index.set(key, new Set());
      index.get(key)!.add(e.code);
    }
  }
  return index;
}

const lookup = (term: string): string[] => [...(termIndex().get(term.toLowerCase()) ?? [])];

describe('countries.json', () => {
  it('has exactly the 249 ISO 3166-1 codes plus the user-assigned XK (Kosovo)', () => {
    expect(ISO_CODES).toHaveLength(249);
    expect(new Set(ISO_CODES).size).toBe(249);
    const codes = countries.map((c) => c.code);
    expect([...codes].sort()).toEqual([...ISO_CODES, 'XK'].sort());
    expect(countries).toHaveLength(250);
    expect(byCode.get('XK')).toMatchObject({ name: 'Kosovo', userAssigned: true });
    for (const c of countries) if (c.code !== 'XK') expect(c.userAssigned).toBeUndefined();
  });

  it('is sorted by code, with unique codes of two upper-case letters', () => {
    const codes = countries.map((c) => c.code);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });

  it('gives every ISO country a unique 3-digit M49 code (Kosovo has none)', () => {
    const m49s: string[] = [];
    for (const c of countries) {
      if (c.code === 'XK') {
        expect(c.m49).toBeNull();
        continue;
      }
      expect(typeof c.m49).toBe('string');
      expect(c.m49).toMatch(/^\d{3}$/);
      m49s.push(c.m49 as string);
    }
    expect(m49s).toHaveLength(249);
    expect(new Set(m49s).size).toBe(249);
    expect(byCode.get('KZ')?.m49).toBe('398');
    expect(byCode.get('AF')?.m49).toBe('004');
    expect(byCode.get('RU')?.m49).toBe('643');
    expect(byCode.get('GB')?.m49).toBe('826');
    expect(byCode.get('SY')?.m49).toBe('760');
  });

  it('gives every country a name and at least one demonym, all non-blank and trimmed', () => {
    for (const c of countries) {
      expect(Array.isArray(c.demonyms)).toBe(true);
      expect(Array.isArray(c.aliases)).toBe(true);
      expect(c.demonyms.length).toBeGreaterThanOrEqual(1);
      for (const s of [c.name, ...c.demonyms, ...c.aliases]) {
        expect(typeof s).toBe('string');
        expect(s.trim()).toBe(s);
        expect(s.length).toBeGreaterThan(0);
      }
    }
  });

  it('uses common English short names, with the official forms as aliases', () => {
    expect(byCode.get('RU')?.name).toBe('Russia');
    expect(byCode.get('RU')?.aliases).toContain('Russian Federation');
    expect(byCode.get('SY')?.name).toBe('Syria');
    expect(byCode.get('IR')?.name).toBe('Iran');
    expect(byCode.get('GB')?.name).toBe('United Kingdom');
    expect(byCode.get('GB')?.aliases).toEqual(expect.arrayContaining(['UK', 'Great Britain', 'Britain']));
    expect(byCode.get('US')?.name).toBe('United States');
    expect(byCode.get('US')?.aliases).toEqual(expect.arrayContaining(['USA', 'US', 'United States of America', 'America']));
    expect(byCode.get('BA')?.name).toBe('Bosnia and Herzegovina');
    expect(byCode.get('KZ')?.aliases).toEqual(expect.arrayContaining(['Republic of Kazakhstan', 'Qazaqstan']));
  });
});

describe('regions.json', () => {
  it('has unique codes: 3-digit M49 codes for world and regions, upper-case codes for groupings', () => {
    const codes = regions.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of regions) {
      expect(['world', 'region', 'grouping']).toContain(r.kind);
      if (r.kind === 'grouping') expect(r.code).toMatch(/^[A-Z][A-Z0-9]{1,9}$/);
      else expect(r.code).toMatch(/^\d{3}$/);
      expect(byCode.has(r.code)).toBe(false);
      expect(r.name.length).toBeGreaterThan(0);
      expect(Array.isArray(r.demonyms)).toBe(true);
      expect(Array.isArray(r.aliases)).toBe(true);
      expect(r.members.length).toBeGreaterThan(0);
    }
    expect(regions.filter((r) => r.kind === 'world').map((r) => r.code)).toEqual(['001']);
  });

  it('includes the M49 continental regions, sub-regions and intermediate regions and the groupings', () => {
    const codes = new Set(regions.map((r) => r.code));
    const expected = [
      '001',
      '002',
      '019',
      '142',
      '150',
      '009',
      '143',
      '145',
      '034',
      '030',
      '035',
      '151',
      '154',
      '155',
      '039',
      '015',
      '202',
      '419',
      '021',
      '053',
      '054',
      '057',
      '061',
      '014',
      '017',
      '018',
      '011',
      '029',
      '013',
      '005',
      'EU',
      'CIS',
      'MENA',
      'BALKANS',
      'GCC',
      'SAHEL',
    ];
    for (const code of expected) expect(codes).toContain(code);
  });

  it('only lists known country codes as members, without duplicates', () => {
    for (const r of regions) {
      expect(new Set(r.members).size).toBe(r.members.length);
      for (const m of r.members) expect(byCode.has(m)).toBe(true);
    }
  });

  it('puts every country in World', () => {
    expect([...region('001').members].sort()).toEqual(countries.map((c) => c.code).sort());
  });

  it('partitions the countries among the five M49 continental regions (Antarctica apart)', () => {
    const continents = ['002', '019', '142', '150', '009'].map(region);
    const seen = new Map<string, string>();
    for (const r of continents) {
      for (const m of r.members) {
        expect(seen.get(m)).toBeUndefined();
        seen.set(m, r.code);
      }
    }
    const outside = countries.map((c) => c.code).filter((c) => !seen.has(c));
    expect(outside).toEqual(['AQ']);
  });

  it('keeps each sub-region inside its continent', () => {
    const parents: Record<string, string[]> = {
      '002': ['015', '202', '014', '017', '018', '011'],
      '019': ['419', '021', '029', '013', '005'],
      '142': ['143', '145', '034', '030', '035'],
      '150': ['151', '154', '155', '039'],
      '009': ['053', '054', '057', '061'],
    };
    for (const [parent, children] of Object.entries(parents)) {
      const p = new Set(region(parent).members);
      for (const child of children) for (const m of region(child).members) expect(p.has(m)).toBe(true);
    }
    expect([...region('202').members, ...region('015').members].sort()).toEqual([...region('002').members].sort());
  });

  it('has the exact membership of key regions and groupings', () => {
    expect([...region('143').members].sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
    expect(region('EU').members).toHaveLength(27);
    expect(region('EU').members).not.toContain('GB');
    expect([...region('EU').members].sort()).toEqual([
      'AT',
      'BE',
      'BG',
      'CY',
      'CZ',
      'DE',
      'DK',
      'EE',
      'ES',
      'FI',
      'FR',
      'GR',
      'HR',
      'HU',
      'IE',
      'IT',
      'LT',
      'LU',
      'LV',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SE',
      'SI',
      'SK',
    ]);
    expect([...region('CIS').members].sort()).toEqual(['AM', 'AZ', 'BY', 'KG', 'KZ', 'MD', 'RU', 'TJ', 'UZ']);
    expect(region('CIS').note).toMatch(/Turkmenistan/);
    expect([...region('GCC').members].sort()).toEqual(['AE', 'BH', 'KW', 'OM', 'QA', 'SA']);
    expect([...region('SAHEL').members].sort()).toEqual(['BF', 'ML', 'MR', 'NE', 'TD']);
    expect([...region('BALKANS').members].sort()).toEqual(['AL', 'BA', 'ME', 'MK', 'RS', 'XK']);
    expect(region('MENA').note).toMatch(/World Bank/);
    expect(region('MENA').members).toEqual(expect.arrayContaining(['DZ', 'EG', 'IQ', 'SY', 'MA', 'TN', 'LY', 'SA', 'YE', 'PS']));
    expect(region('145').members).toEqual(expect.arrayContaining(['SY', 'IQ', 'TR', 'GE', 'AZ', 'AM', 'CY']));
    expect(region('151').members).toContain('RU');
    expect(region('034').members).toContain('IR');
  });
});

describe('vocabulary terms', () => {
  it('never map one name, alias or demonym to two entries (case-insensitive)', () => {
    const clashes = [...termIndex()].filter(([, codes]) => codes.size > 1).map(([term, codes]) => `${term}: ${[...codes].join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('has no duplicates inside a single list', () => {
    for (const e of [...countries, ...regions]) {
      for (const list of [e.aliases, e.demonyms]) {
        expect(new Set(list.map((s) => s.toLowerCase())).size).toBe(list.length);
      }
    }
  });

  it('leaves ambiguous bare forms out', () => {
    for (const term of ['Congolese', 'Dominican', 'Congo', 'Korea', 'Korean', 'Virgin Islands', 'Virgin Islander']) {
      expect(lookup(term).filter((code) => byCode.has(code))).toEqual([]);
    }
    expect(lookup('Chechen')).toEqual([]);
  });

  it.each([
    ['Kazakh', 'KZ'],
    ['Kazakhstani', 'KZ'],
    ['Qazaqstan', 'KZ'],
    ['Russian', 'RU'],
    ['Russian Federation', 'RU'],
    ['Syrian', 'SY'],
    ['Syrian Arab Republic', 'SY'],
    ['Briton', 'GB'],
    ['British', 'GB'],
    ['UK', 'GB'],
    ['American', 'US'],
    ['USA', 'US'],
    ['Tajik', 'TJ'],
    ['Tajikistani', 'TJ'],
    ['Uzbek', 'UZ'],
    ['Uzbekistani', 'UZ'],
    ['Kyrgyz', 'KG'],
    ['Kyrgyzstani', 'KG'],
    ['Turkmen', 'TM'],
    ['Turkmenistani', 'TM'],
    ['Burma', 'MM'],
    ['Swaziland', 'SZ'],
    ['Macedonia', 'MK'],
    ['Ivory Coast', 'CI'],
    ['Czech Republic', 'CZ'],
    ['UAE', 'AE'],
    ['DRC', 'CD'],
    ['Kosovar', 'XK'],
    ['Central Asian', '143'],
    ['European', '150'],
    ['North African', '015'],
    ['Balkan', 'BALKANS'],
  ])('maps %s to %s', (term, code) => {
    expect(lookup(term)).toEqual([code]);
    expect(lookup(term.toUpperCase())).toEqual([code]);
  });
});

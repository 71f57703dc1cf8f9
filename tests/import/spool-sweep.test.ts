import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeAbandonedSpools } from '../../src/import/spool';

/** The process id of a process that has ended. */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', '']);
  return done.pid;
}

test('a start removes the import bodies of killed servers, an hour old or more, and nothing else', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spool-sweep-'));
  const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  try {
    const dead = deadPid();
    const hourAgo = Date.now() / 1000 - 3601;
    const folder = (name: string, old: boolean) => {
      const dir = path.join(tmp, name);
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'body.ndjson'), '{}\n');
      if (old) fs.utimesSync(dir, hourAgo, hourAgo);
      return dir;
    };
    const abandoned = folder(`claims-ledger-import-${dead}-Ab12Cd`, true);
    folder(`claims-ledger-import-${dead}-Ef34Gh`, false); // a dead server's, but written within the hour
    folder(`claims-ledger-import-${process.pid}-Ij56Kl`, true); // this server's own
    folder(`claims-ledger-import-${sleeper.pid}-Mn78Op`, true); // a server still running beside it
    folder('claims-ledger-import-Qr90St', true); // named before spools carried a process id
    folder('someone-elses-folder', true);

    expect(await removeAbandonedSpools(tmp)).toEqual([abandoned]);
    expect(fs.readdirSync(tmp).sort()).toEqual(
      [
        `claims-ledger-import-${dead}-Ef34Gh`,
        `claims-ledger-import-${process.pid}-Ij56Kl`,
        `claims-ledger-import-${sleeper.pid}-Mn78Op`,
        'claims-ledger-import-Qr90St',
        'someone-elses-folder',
      ].sort(),
    );
  } finally {
    sleeper.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

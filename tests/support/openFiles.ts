import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The files this process holds open whose path starts with `prefix` (a deleted one's ends in " (deleted)"). */
export function filesOpenUnder(prefix: string): string[] {
  return fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return ''; // closed meanwhile (the directory's own descriptor)
      }
    })
    .filter((target) => target.startsWith(prefix));
}

/** The files this process holds open in `dir`. */
export const filesOpenIn = (dir: string): string[] => filesOpenUnder(`${dir}/`);

/** The files this process holds open in its import spool folders (src/import/spool.ts), removed ones included. */
export const spoolFilesOpen = (): string[] => filesOpenUnder(path.join(os.tmpdir(), `claims-ledger-import-${process.pid}-`));

import fs from 'node:fs';
import path from 'node:path';

/** A data folder (DATA_DIR) that cannot be created or written: said in one line naming it, with no stack. */
export class DataFolderError extends Error {}

/**
 * Creates DATA_DIR when it is missing and checks that it can be written, failing with a message that names the folder
 * and the variable. A start had failed with the system's words alone ("ENOENT: no such file or directory, mkdir …" for
 * a folder on a read-only file system), or after creating an admin key nobody could be given.
 */
export function ensureDataFolder(dir: string): void {
  const existed = fs.existsSync(dir);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    throw new DataFolderError(`the data folder ${dir} (DATA_DIR) cannot be ${existed ? 'written' : 'created'}: ${why(err, dir)}`);
  }
}

function why(err: unknown, dir: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of its path is a file, not a folder';
  if (code === 'ENOENT') {
    // A recursive mkdir under a read-only folder reports ENOENT: name the real cause when the nearest folder says it.
    let d = path.dirname(dir);
    while (!fs.existsSync(d) && d !== path.dirname(d)) d = path.dirname(d);
    try {
      fs.accessSync(d, fs.constants.W_OK);
    } catch (inner) {
      return why(inner, d);
    }
  }
  return err instanceof Error ? err.message : String(err);
}

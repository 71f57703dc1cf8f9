/**
 * Whether a process with this id is running (signal 0 checks without signalling). EPERM means it exists but belongs
 * to another user: alive too. Used to tell an abandoned data or spool folder from one another live process owns.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

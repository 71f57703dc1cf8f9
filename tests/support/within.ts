/**
 * What `promise` gives, or `late` when it has not settled within `ms`, the timer cleared either way: a race against a
 * bare `setTimeout` left its timer pending for the rest of its time after the race was won (5 to 30 s), holding the
 * jest worker after its file's last test ("A worker process has failed to exit gracefully and has been force exited").
 */
export async function within<T, L>(promise: Promise<T>, ms: number, late: L): Promise<T | L> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<L>((resolve) => (timer = setTimeout(() => resolve(late), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Peaks of this process's memory, in MB: RSS, V8's heap in use, and external memory (Buffers), each against its start. */
export interface MemoryPeaks {
  rssMb: number;
  rssBeforeMb: number;
  heapUsedMb: number;
  heapUsedBeforeMb: number;
  externalMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

/** Samples process.memoryUsage() every `everyMs` until stopped; stop() gives the peaks. */
export function memorySampler(everyMs = 25): { stop(): MemoryPeaks } {
  const before = process.memoryUsage();
  const peak = { rss: before.rss, heapUsed: before.heapUsed, external: before.external };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.external = Math.max(peak.external, m.external);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return {
        rssMb: mb(peak.rss),
        rssBeforeMb: mb(before.rss),
        heapUsedMb: mb(peak.heapUsed),
        heapUsedBeforeMb: mb(before.heapUsed),
        externalMb: mb(peak.external),
      };
    },
  };
}

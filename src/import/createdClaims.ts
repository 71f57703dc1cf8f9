import type { Ref } from './lineTypes';

/**
 * The ids of the claims an import creates. They come from the claims sequence a batch at a time, so they are
 * mostly consecutive and kept as ranges: a Map entry per id (two, with its version) would make them the largest
 * thing an import of 100,000 claims holds, and V8 lets the heap grow to a multiple of what is held.
 */
export class CreatedClaims {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Ids that came lower than the last one (not expected of a sequence, but kept right if it happens). */
  private readonly others = new Set<number>();

  add(id: number): void {
    const last = this.ends.length - 1;
    if (last >= 0 && id <= this.ends[last]) {
      if (!this.has(id)) this.others.add(id);
    } else if (last >= 0 && id === this.ends[last] + 1) this.ends[last] = id;
    else {
      this.starts.push(id);
      this.ends.push(id);
    }
  }

  has(id: number): boolean {
    // The last range that starts at or before id, by binary search.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= id) lo = mid + 1;
      else hi = mid - 1;
    }
    return (hi >= 0 && id <= this.ends[hi]) || this.others.has(id);
  }
}

/** Keys and ids of claims known to exist, where each claim this import created is known by its own id. */
export class ClaimIds extends Map<Ref, number> {
  constructor(private readonly created: CreatedClaims) {
    super();
  }

  override get(ref: Ref): number | undefined {
    const id = super.get(ref);
    return id !== undefined || typeof ref !== 'number' || !this.created.has(ref) ? id : ref;
  }

  override has(ref: Ref): boolean {
    return super.has(ref) || (typeof ref === 'number' && this.created.has(ref));
  }
}

/** Versions of claims known to exist, where each claim this import created is at version 1 until a line changes it. */
export class ClaimVersions extends Map<number, number> {
  constructor(private readonly created: CreatedClaims) {
    super();
  }

  override get(id: number): number | undefined {
    return super.get(id) ?? (this.created.has(id) ? 1 : undefined);
  }

  override has(id: number): boolean {
    return super.has(id) || this.created.has(id);
  }
}

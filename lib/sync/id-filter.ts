/**
 * A Bloom filter of ids: "might contain" has no false negatives, so it can tell the engine
 * which events of a page cannot be stored yet (no read needed) during a sync that started
 * from an empty events table. False positives only cost a read. 2 MB, k = 5: about 0.1 %
 * false positives at a million ids.
 */
export class IdFilter {
  private readonly bits: Uint8Array;
  private readonly mask: number;

  constructor(log2Bits = 24) {
    this.bits = new Uint8Array(2 ** (log2Bits - 3));
    this.mask = 2 ** log2Bits - 1;
  }

  add(id: string): void {
    for (const bit of this.positions(id))
      this.bits[bit >>> 3] = (this.bits[bit >>> 3] ?? 0) | (1 << (bit & 7));
  }

  mightContain(id: string): boolean {
    for (const bit of this.positions(id))
      if (((this.bits[bit >>> 3] ?? 0) & (1 << (bit & 7))) === 0) return false;
    return true;
  }

  private positions(id: string): number[] {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    h2 |= 1;
    const out: number[] = [];
    for (let k = 0; k < 5; k++) out.push((h1 + Math.imul(k, h2)) & this.mask);
    return out;
  }
}

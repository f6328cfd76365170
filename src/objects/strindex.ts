// LAYER: objects. The lookup index of a dict table's exact-str keys (dicttable.ts): text -> entry
// number, an open-addressing hash table keyed by the str hash pyheap gives the text (str.ts
// textHash, the value hash() returns, which a str object caches).
//
// Why not a JS Map<string, number>: a Map hashes the text again with the engine's own hash
// (every fresh key pays for it, on top of the str hash that dict insertion computes anyway) and
// grows through rehashing allocations. Here a lookup by a str object uses its cached hash, and
// the slots are three flat arrays. The index is invisible to Python: entry order, sizes and
// hashes all live in DictTable; this only answers "which entry has this text".
//
//   slot i:  text[i]  (undefined: never used; null: deleted, a tombstone)
//            entry[i] the entry number
// (the hashes are not kept: a resize hashes the texts again, which dict tables avoid by building
// a new index from their entries' hashes when they grow, see DictTable.rebuild)
//
// Probing as CPython's dict does: start at hash & mask, then i = (5*i + perturb + 1) & mask with
// perturb (the hash's low 32 bits) shifted right by 5 each step, which visits every slot. The
// table is kept at most 2/3 full (live + tombstones), doubling (or rebuilding in place when
// tombstones are the reason) when it would pass that.

import { textHash } from './str.js';

const MIN_SLOTS = 16;

export class StrIndex {
  private text: (string | null | undefined)[];
  private entry: number[];
  private mask: number;
  /** live keys */
  size: number;
  /** live keys + tombstones */
  private fill: number;

  constructor(slots = MIN_SLOTS) {
    this.text = new Array<string | null | undefined>(slots); // (holes read as undefined)
    this.entry = new Array<number>(slots);
    this.mask = slots - 1;
    this.size = 0;
    this.fill = 0;
  }

  /** the number of slots for up to `live` keys (at most 2/3 full, as CPython's index) */
  static slotsFor(live: number): number {
    let slots = MIN_SLOTS;
    while (slots * 2 < live * 3) slots *= 2;
    return slots;
  }

  /** whether `live` keys fit without a resize */
  hasRoomFor(live: number): boolean {
    return live * 3 <= (this.mask + 1) * 2;
  }

  /** a copy the caller may change */
  copy(): StrIndex {
    const c = new StrIndex(0);
    c.mask = this.mask;
    c.text = this.text.slice();
    c.entry = this.entry.slice();
    c.size = this.size;
    c.fill = this.fill;
    return c;
  }

  /** entry of the key with this text, or undefined */
  get(name: string): number | undefined {
    return this.getH(name, textHash(name));
  }

  /** get() when the text's hash is known */
  getH(name: string, h: number): number | undefined {
    const text = this.text, mask = this.mask;
    let i = h & mask;
    let perturb = h >>> 0;
    for (;;) {
      const t = text[i];
      if (t === undefined) return undefined;
      if (t === name) return this.entry[i];
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  set(name: string, e: number): void {
    this.setH(name, textHash(name), e);
  }

  /** map the text (with hash h) to entry e, replacing what it was mapped to */
  setH(name: string, h: number, e: number): void {
    const text = this.text, mask = this.mask;
    let i = h & mask;
    let perturb = h >>> 0;
    let free = -1;
    for (;;) {
      const t = text[i];
      if (t === undefined) break;
      if (t === null) {
        if (free < 0) free = i;
      } else if (t === name) {
        this.entry[i] = e;
        return;
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (free >= 0) {
      // a tombstone on the way is reused: the fill does not grow
      text[free] = name;
      this.entry[free] = e;
      this.size++;
      return;
    }
    if ((this.fill + 1) * 3 > (mask + 1) * 2) {
      this.resize(this.size + 1);
      this.insertFresh(name, h, e);
    } else {
      text[i] = name;
      this.entry[i] = e;
      this.fill++;
    }
    this.size++;
  }

  delete(name: string): void {
    this.deleteH(name, textHash(name));
  }

  /** forget the text (with hash h), if present */
  deleteH(name: string, h: number): void {
    const text = this.text, mask = this.mask;
    let i = h & mask;
    let perturb = h >>> 0;
    for (;;) {
      const t = text[i];
      if (t === undefined) return;
      if (t === name) {
        text[i] = null;
        this.size--;
        return;
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /** a slot for a text known to be absent, in a table without tombstones on its probe path */
  private insertFresh(name: string, h: number, e: number): void {
    const text = this.text, mask = this.mask;
    let i = h & mask;
    let perturb = h >>> 0;
    while (text[i] !== undefined) {
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    text[i] = name;
    this.entry[i] = e;
    this.fill++;
  }

  /** re-slot the live keys into a table with room for `live` keys (tombstones dropped) */
  private resize(live: number): void {
    const slots = StrIndex.slotsFor(live);
    const oldText = this.text, oldEntry = this.entry;
    this.text = new Array<string | null | undefined>(slots);
    this.entry = new Array<number>(slots);
    this.mask = slots - 1;
    this.fill = 0;
    for (let j = 0; j < oldText.length; j++) {
      const t = oldText[j];
      if (t !== undefined && t !== null) this.insertFresh(t, textHash(t), oldEntry[j]);
    }
  }
}

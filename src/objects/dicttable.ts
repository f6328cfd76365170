// LAYER: objects. The storage behind every dict, every type's __dict__, module globals and instance
// attributes: CPython 3.11's compact dict (Objects/dictobject.c), modelled.
//
//   CPython: PyDictKeysObject                       pyheap: DictTable
//   +--------------------------------+             +-------------------------------------+
//   | header 32 B: log2_size, usable,|             | log2size, usable, unicode  (model)  |
//   |   nentries, kind               |             | keys[] / vals[] / hashes[]: entries |
//   | indices: 2^log2_size x 1..8 B  |  -------->  |   in insertion order, null = deleted |
//   | entries: usable x 16 B (str)   |             | strIndex: str -> entry (strindex.ts) |
//   |          usable x 24 B (other) |             | hashIndex: Map hash -> entry (list)  |
//   +--------------------------------+             |   (no index at all up to 8 entries)  |
//                                                  +-------------------------------------+
//
// The entries are kept exactly as CPython keeps them (insertion order, deleted slots left as holes
// until the next resize), and the table's size, usable count and kind follow CPython's rules
// (growth to the smallest power of two >= (used*3 | 8), str-only "unicode" tables with 16-byte
// entries, conversion to a general table at the first non-str key, presizing for BUILD_MAP), so
// sys.getsizeof and the allocator see CPython's numbers. Exact-str keys are found through a
// StrIndex (open addressing on the str hash, strindex.ts), other keys through a JS Map by hash,
// and a table of at most SMALL_MAX entries has no index at all: its lookups scan the
// entries (most dicts are small and short-lived: keyword arguments, displays, records).
//
// What a lookup does that Python can see is lookdict's: only keys with the lookup's hash are
// compared, an identical key matches without a call, two exact strs compare their text, anything
// else calls __eq__ (stored key first, held by a reference during the call), and a comparison that
// changed the table (resize, clear, the entry gone) starts the lookup again. Keys with equal
// hashes are tried in entry order. (CPython tries them in probe order, which differs only after a
// deleted key's slot was reused by a later key with the same hash; pyheap does not model slots.)
//
// Keys objects are allocated as CPython does: dictresize allocates the new keys object before
// freeing the old one; 8-slot str-only keys objects go through a free list of 80 (emptied by a
// full collection with the other free lists); clone() copies a table with its holes
// (clone_combined_dict_keys) and truncate() shortens the entries after popitem.
//
// Split tables (an instance's materialised __dict__ over its class's shared keys, sharedkeys.ts):
// `shared` is set, the entries are the dict's own in insertion order without holes, their keys are
// borrowed from the shared keys, and sizes follow _PyDict_SizeOf for split dicts. New str keys go
// into the shared keys; whatever a split dict cannot do (a non-str key, full shared keys, popitem)
// first turns it into a combined table, as dictresize does.
//
// Reference discipline: set() takes borrowed key/value and stores new references; removing an
// entry releases key then value (CPython's order).

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { allocBuffer, resizeBuffer, freeBuffer } from '../memory/heap.js';
import { StrType, strHash } from './str.js';
import { StrIndex } from './strindex.js';
import { richCompareBool } from './abstract.js';
import { EQ } from './type.js';
import { FreeList, allFreeLists } from './alloc.js';
import { SharedKeys, InstanceValues, releaseSharedKeys, allocValuesBlock, SHARED_KEYS_BYTES, SHARED_KEYS_LOG2 } from './sharedkeys.js';

const dictHooks = {
  isExactStr: (o: PyObject): boolean => o.type === StrType,
  strHash: (o: PyObject): number => strHash(o),
  equal: (a: PyObject, b: PyObject): boolean => richCompareBool(a, b, EQ),
};

const PyDict_MINSIZE = 8;
/**
 * A table with at most this many entries (holes included) keeps no index: a lookup scans the
 * entries (comparing hashes first), cheaper than building and filling an index for the small dicts
 * that come and go by the thousand (keyword arguments, dict displays).
 */
const SMALL_MAX = 8;
/** what a comparison returns when it changed the table under the lookup */
const RESTART = -2;
const PyDict_LOG_MINSIZE = 3;

/**
 * CPython's free list of 80 keys objects, only for 8-slot str-keys ("unicode") tables
 * (new_keys_object / free_keys_object). Holds addresses of 120-byte blocks; gc.collect(2) empties
 * it with the other free lists.
 */
class KeysFreeList extends FreeList {
  readonly addrs: number[] = [];
  override clear(): void {
    for (const a of this.addrs) freeBuffer(a);
    this.addrs.length = 0;
  }
}
const keysFreeList = new KeysFreeList(80);
void allFreeLists;

/** new_keys_object's allocation */
function allocKeys(log2: number, unicode: boolean, nbytes: number): number {
  if (log2 === PyDict_LOG_MINSIZE && unicode && keysFreeList.addrs.length > 0) return keysFreeList.addrs.pop()!;
  return allocBuffer(nbytes);
}

/** free_keys_object's deallocation */
function freeKeys(addr: number, log2: number, unicode: boolean): void {
  if (addr === 0) return;
  if (log2 === PyDict_LOG_MINSIZE && unicode && keysFreeList.addrs.length < keysFreeList.max) {
    keysFreeList.addrs.push(addr);
    return;
  }
  freeBuffer(addr);
}

function log2Ceil(n: number): number {
  let k = 0;
  while ((1 << k) < n) k++;
  return k;
}

/** calculate_log2_keysize: smallest power of two >= (minsize | 8) */
export function log2KeySize(minsize: number): number {
  return log2Ceil(minsize | PyDict_MINSIZE);
}

/** USABLE_FRACTION */
export const usableFraction = (size: number): number => Math.floor((size << 1) / 3);

function indexBytes(size: number): number {
  return size <= 0xff ? 1 : size <= 0xffff ? 2 : size <= 0xffffffff ? 4 : 8;
}

/**
 * What an empty table (fresh, or after clear()) holds: shared, never mutated. A table with
 * log2size 0 has usable 0, so its first insertion goes through rebuild(), which gives it its own
 * arrays and index before anything is added; deletions and value writes need an existing entry.
 * (Sharing them spares an index and three arrays per instance attribute table, created and dropped.)
 */
const EMPTY_ENTRIES: never[] = []; // (not frozen: a frozen array would make the entry reads polymorphic)
const EMPTY_STR_INDEX = new StrIndex();

/**
 * Shared key layouts for the attribute tables of objects without shared keys (instances of int or
 * tuple subclasses ...; instances of ordinary classes keep inline values instead, sharedkeys.ts),
 * a JS engine's hidden classes: most instances of a class gain the same attribute names in the
 * same order, so their tables can share one name -> entry index instead of building one each.
 *
 *   ROOT_LAYOUT {}  --'x'-->  {x:0}  --'y'-->  {x:0, y:1}
 *                                     --'z'-->  {x:0, z:1}
 *
 * A table following a layout (`layout !== null`) has exactly the layout's names as its entries,
 * in order, exact str keys, no holes; its strIndex IS the layout's index and is never written. Any
 * other change (a deletion, a non-str key, popitem, too many names or layouts) first gives the
 * table a private copy of the index (detach), after which it behaves as before. Only the lookup
 * index is shared: keys, values, hashes and their references stay per table, so nothing a Python
 * program can observe (sizes, refcounts, order) depends on it.
 */
export class KeyLayout {
  /** name -> entry index; never mutated once the layout exists */
  readonly index: StrIndex;
  readonly size: number;
  private next: Map<string, KeyLayout> | null = null;
  constructor(index: StrIndex) {
    this.index = index;
    this.size = index.size;
  }
  /** the layout with `name` appended, or null when the caps are reached */
  child(name: string): KeyLayout | null {
    const known = this.next === null ? undefined : this.next.get(name);
    if (known !== undefined) return known;
    if (this.size >= LAYOUT_MAX_NAMES || layoutCount >= LAYOUT_MAX_COUNT) return null;
    const index = this.index.copy();
    index.set(name, this.size);
    const l = new KeyLayout(index);
    (this.next ??= new Map()).set(name, l);
    layoutCount++;
    return l;
  }
}
const LAYOUT_MAX_NAMES = 30;
const LAYOUT_MAX_COUNT = 4096;
let layoutCount = 0;
const ROOT_LAYOUT = new KeyLayout(EMPTY_STR_INDEX);

export class DictTable {
  keys: (PyObject | null)[];
  vals: (PyObject | null)[];
  hashes: number[];
  used: number;
  /** 0 means CPython's shared empty keys object (nothing allocated) */
  log2size: number;
  usable: number;
  unicode: boolean;
  /**
   * exact str key text -> entry; null for a small table (at most SMALL_MAX entries), whose
   * lookups scan the entries instead (then hashIndex is null too)
   */
  strIndex: StrIndex | null;
  /** hash -> entry (or entries, ascending) of every key that is not an exact str; null when none */
  hashIndex: Map<number, number | number[]> | null;
  /** hash -> exact-str entries, made by the first lookup of another key in an indexed table; or null */
  strByHash: Map<number, number | number[]> | null;
  /** the shared layout this table follows (its strIndex is the layout's), or null */
  layout: KeyLayout | null;
  /** bumped on every insertion/deletion (iterators compare it) */
  version: number;
  /**
   * bumped whenever entries may have moved (resize, clear, a split table's deletion): a lookup
   * whose __eq__ call did that starts again, as lookdict does when the keys object changed
   */
  generation: number;
  /** address of the modelled keys object in the pymalloc model */
  keysAddr: number;
  /**
   * A split table (an instance's materialised __dict__, CPython's ma_values != NULL): the keys
   * object is the class's shared keys, which owns the key references; the entries here are in the
   * dict's insertion order, without holes, and their keys are borrowed. null for a combined table.
   */
  shared: SharedKeys | null;
  /** a split table's values block (PyMem) */
  valuesAddr: number;

  constructor() {
    this.keys = EMPTY_ENTRIES;
    this.vals = EMPTY_ENTRIES;
    this.hashes = EMPTY_ENTRIES;
    this.used = 0;
    this.log2size = 0;
    this.usable = 0;
    this.unicode = true;
    this.strIndex = null;
    this.hashIndex = null;
    this.strByHash = null;
    this.layout = null;
    this.version = 0;
    this.generation = 0;
    this.keysAddr = 0;
    this.shared = null;
    this.valuesAddr = 0;
  }

  /**
   * make_dict_from_instance_attributes: the table of a materialised __dict__ over an instance's
   * values (which it takes over: the values block and the value references). Takes a reference
   * to the keys.
   */
  static fromInstanceValues(k: SharedKeys, iv: InstanceValues): DictTable {
    const t = new DictTable();
    const order = iv.orderedIndices();
    const n = order.length;
    const keys = new Array<PyObject | null>(n), vals = new Array<PyObject | null>(n), hashes = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const ix = order[j];
      const key = k.names[ix];
      keys[j] = key;
      vals[j] = iv.vals[ix];
      hashes[j] = dictHooks.strHash(key);
    }
    t.keys = keys;
    t.vals = vals;
    t.hashes = hashes;
    if (n > SMALL_MAX) t.buildIndex();
    t.used = n;
    t.makeSplit(k, iv.addr);
    return t;
  }

  /** new_dict_with_shared_keys: an empty split table with a values block of the keys' usable size */
  static newSplit(k: SharedKeys): DictTable {
    const t = new DictTable();
    t.keys = [];
    t.vals = [];
    t.hashes = [];
    t.makeSplit(k, allocValuesBlock(k.usableSize()));
    return t;
  }

  private makeSplit(k: SharedKeys, valuesAddr: number): void {
    k.refcnt++;
    this.shared = k;
    this.valuesAddr = valuesAddr;
    this.log2size = SHARED_KEYS_LOG2;
    this.unicode = true;
    this.usable = k.usable;
  }

  /** a split table's references, in the index order of the shared keys (entry numbers) */
  private entriesByKeyIndex(): number[] {
    const k = this.shared!;
    const out: number[] = [];
    for (let j = 0; j < this.keys.length; j++) out.push(j);
    return out.sort((a, b) => k.index.get(this.keys[a]!.value as string)! - k.index.get(this.keys[b]!.value as string)!);
  }

  /** an empty table for an instance's attributes: it follows the shared layouts */
  static forInstance(): DictTable {
    const t = new DictTable();
    t.layout = ROOT_LAYOUT;
    t.strIndex = ROOT_LAYOUT.index;
    return t;
  }

  /** stop sharing the layout's index: a private copy the table may change */
  private detach(): void {
    if (this.layout === null) return;
    this.layout = null;
    this.strIndex = this.keys.length > SMALL_MAX ? this.strIndex!.copy() : null;
    this.strByHash = null;
  }

  /** the index for entries that moved: none for a small table */
  private reindex(): void {
    if (this.keys.length > SMALL_MAX) this.buildIndex();
    else {
      this.strIndex = null;
      this.hashIndex = null;
      this.strByHash = null;
    }
  }

  /**
   * Index the entries of a table that had no index (a small one growing past SMALL_MAX entries,
   * a compacted or materialised table with more).
   */
  private buildIndex(): void {
    this.strIndex = new StrIndex(StrIndex.slotsFor(Math.max(this.keys.length, this.used + this.usable)));
    this.hashIndex = null;
    this.strByHash = null;
    const keys = this.keys, hashes = this.hashes;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null) this.addToIndex(k, hashes[i], i);
    }
  }

  get size(): number { return this.log2size === 0 ? 0 : 1 << this.log2size; }
  get nentries(): number { return this.keys.length; }

  /**
   * bytes of the keys object (0 for the shared empty keys). For a split table (_PyDict_SizeOf):
   * the values the shared keys allow now, plus the keys themselves once no class shares them.
   */
  keysBytes(): number {
    const k = this.shared;
    if (k !== null) return 8 * k.usableSize() + (k.refcnt === 1 ? SHARED_KEYS_BYTES : 0);
    if (this.log2size === 0) return 0;
    const size = 1 << this.log2size;
    return 32 + size * indexBytes(size) + usableFraction(size) * (this.unicode ? 16 : 24);
  }

  /**
   * dict_new_presized: BUILD_MAP / BUILD_CONST_KEY_MAP (_PyDict_FromItems: unicode when every key
   * is an exact str) and _PyDict_NewPresized (unicode = false) with n items.
   */
  presize(n: number, unicode = true): void {
    if (n <= 5) return;
    const log2 = n > usableFraction(1 << 17) ? 17 : log2KeySize(((3 * n + 1) >> 1));
    this.rebuild(log2, unicode);
  }

  // ---- lookup ----

  /**
   * Index of the entry for key, or -1. May call Python __eq__/__hash__ (and so may throw).
   *
   * As CPython's lookdict: only entries with the same hash are candidates, an identical key
   * matches at once, two exact strs compare their text, and anything else calls key.__eq__ with a
   * reference held to the stored key; when the comparison changed the table (the entry is gone or
   * the entries were rebuilt), the lookup starts again. Candidates are tried in entry order.
   */
  find(key: PyObject, hash: number): number {
    const strIndex = this.strIndex;
    if (strIndex === null) return this.scan(key, hash);
    if (this.hashIndex === null && dictHooks.isExactStr(key)) {
      const i = strIndex.getH(key.value as string, hash);
      return i === undefined ? -1 : i;
    }
    for (;;) {
      const r = this.findIndexed(key, hash, strIndex);
      if (r !== RESTART) return r;
    }
  }

  /** find() in a table without an index: one pass over the entries */
  private scan(key: PyObject, hash: number): number {
    for (;;) {
      const keys = this.keys, hashes = this.hashes;
      const keyIsStr = key.type === StrType;
      let i = 0;
      for (; i < keys.length; i++) {
        const k = keys[i];
        if (k === null || hashes[i] !== hash) continue;
        if (k === key) return i;
        if (keyIsStr && k.type === StrType) {
          if (k.value === key.value) return i;
          continue;
        }
        const r = this.compareAt(i, k, key);
        if (r === RESTART) break;
        if (r === 1) return i;
      }
      if (i === keys.length) return -1;
    }
  }

  /**
   * find() in an indexed table. The candidates, tried in entry order: the exact-str entry with the
   * key's text when the key is an exact str (equal without asking), every exact-str entry with
   * the key's hash when it is not, and the other keys with the key's hash. RESTART when a
   * comparison changed the table.
   */
  private findIndexed(key: PyObject, hash: number, strIndex: StrIndex): number {
    const exact = dictHooks.isExactStr(key);
    const strs = exact ? strIndex.getH(key.value as string, hash) : strIndex.size > 0 ? this.strsWithHash(hash) : undefined;
    const others = this.hashIndex === null ? undefined : this.hashIndex.get(hash);
    if (others === undefined) {
      if (strs === undefined) return -1;
      if (typeof strs === 'number') return exact ? strs : this.tryEntry(strs, key);
    } else if (strs === undefined && typeof others === 'number') return this.tryEntry(others, key);
    const cands: number[] = [];
    if (strs !== undefined) typeof strs === 'number' ? cands.push(strs) : cands.push(...strs);
    if (others !== undefined) typeof others === 'number' ? cands.push(others) : cands.push(...others);
    cands.sort((x, y) => x - y);
    const keys = this.keys;
    for (const j of cands) {
      if (exact && keys[j]!.type === StrType) return j;
      const r = this.tryEntry(j, key);
      if (r !== -1) return r;
    }
    return -1;
  }

  /** entry j if its key is key (identical or equal), -1 if not, RESTART if the comparison changed the table */
  private tryEntry(j: number, key: PyObject): number {
    const k = this.keys[j]!;
    if (k === key) return j;
    const r = this.compareAt(j, k, key);
    return r === 1 ? j : r === 0 ? -1 : RESTART;
  }

  /**
   * The exact-str entries with this hash (for a lookup by a key that is not an exact str), from
   * an index by hash made at the first such lookup and kept up to date until the table is
   * rebuilt or its index changes wholesale.
   */
  private strsWithHash(hash: number): number | number[] | undefined {
    let byHash = this.strByHash;
    if (byHash === null) {
      byHash = this.strByHash = new Map();
      const keys = this.keys;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k !== null && k.type === StrType) addToSlot(byHash, this.hashes[i], i);
      }
    }
    return byHash.get(hash);
  }

  /**
   * stored key k (entry i) == key? 1 or 0, or RESTART when the comparison removed the entry or
   * rebuilt the table. The stored key is kept alive during the call, as lookdict does.
   */
  private compareAt(i: number, k: PyObject, key: PyObject): number {
    const keys = this.keys, generation = this.generation;
    incref(k);
    let eq: boolean;
    try {
      eq = dictHooks.equal(k, key);
    } finally {
      decref(k);
    }
    if (this.generation !== generation || this.keys !== keys || keys[i] !== k) return RESTART;
    return eq ? 1 : 0;
  }

  /**
   * find() for an exact str key, hashing it only when the table needs the hash: an indexed table
   * with str keys only finds it by its text (a fresh str used once as a key is never hashed).
   */
  findExactStr(key: PyObject): number {
    const strIndex = this.strIndex;
    if (strIndex !== null && this.hashIndex === null) {
      const i = strIndex.getH(key.value as string, dictHooks.strHash(key));
      return i === undefined ? -1 : i;
    }
    return this.find(key, dictHooks.strHash(key));
  }

  /** entry of the exact-str key with this text, or -1 */
  findStr(name: string): number {
    const strIndex = this.strIndex;
    if (strIndex !== null) {
      const i = strIndex.get(name);
      return i === undefined ? -1 : i;
    }
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && k.value === name && k.type === StrType) return i;
    }
    return -1;
  }

  /** borrowed value for an exact-str key given as a JS string, or null */
  getStr(name: string): PyObject | null {
    const i = this.findStr(name);
    if (i >= 0) return this.vals[i];
    return (this.strIndex === null ? this.unicode : this.hashIndex === null) ? null : this.getStrSubclassKey(name);
  }

  /**
   * A table with non-str keys may hold the name as an instance of a str subclass (vars(o)[S('x')]):
   * equal text finds it (a subclass that redefines __eq__ or __hash__ is not consulted here).
   */
  private getStrSubclassKey(name: string): PyObject | null {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && k.value === name && typeof k.value === 'string') return this.vals[i];
    }
    return null;
  }

  /** borrowed value or null */
  get(key: PyObject, hash: number): PyObject | null {
    const i = this.find(key, hash);
    return i < 0 ? null : this.vals[i];
  }

  // ---- mutation ----

  /** PyDict_SetItem semantics: borrowed key/value; the dict stores new references. */
  set(key: PyObject, hash: number, value: PyObject): void {
    if (this.shared !== null && this.setSplit(key, hash, value)) return;
    const isStr = dictHooks.isExactStr(key);
    if (this.log2size === 0 && this.layout === null) {
      this.insertToEmpty(key, hash, value, isStr);
      return;
    }
    // insertdict (3.11): a non-str key turns a str-only table into a general one first
    if (this.unicode && !isStr && this.log2size !== 0) this.rebuild(log2KeySize(this.used * 3), false);
    const i = this.find(key, hash);
    if (i >= 0) {
      const old = this.vals[i]!;
      incref(value);
      this.vals[i] = value;
      decref(old);
      return;
    }
    if (this.usable <= 0) this.rebuild(log2KeySize(this.used * 3), this.unicode && isStr);
    if (!isStr) this.unicode = false;
    incref(key);
    incref(value);
    this.appendEntry(key, hash, value);
    this.usable--;
    this.used++;
    this.version++;
  }

  /**
   * set() for an exact str key that an indexed str-keyed table was just found not to have
   * (strIndex !== null, hashIndex === null, no layout, not split): insertdict's append without
   * a second lookup.
   */
  insertNewStr(key: PyObject, hash: number, value: PyObject): void {
    if (this.usable <= 0) this.rebuild(log2KeySize(this.used * 3), this.unicode);
    incref(key);
    incref(value);
    const i = this.keys.length;
    this.keys.push(key);
    this.vals.push(value);
    this.hashes.push(hash);
    const strIndex = this.strIndex;
    if (strIndex !== null) {
      strIndex.setH(key.value as string, hash, i);
      if (this.strByHash !== null) addToSlot(this.strByHash, hash, i);
    } else if (i >= SMALL_MAX) this.buildIndex(); // (the resize closed up holes: small again)
    this.usable--;
    this.used++;
    this.version++;
  }

  /**
   * insert_to_emptydict: the first entry of a table on the shared empty keys gets a new 8-slot
   * keys object (str-only when the key is an exact str). Nothing to look up, nothing to move.
   */
  private insertToEmpty(key: PyObject, hash: number, value: PyObject, isStr: boolean): void {
    incref(key);
    incref(value);
    this.keys = [key];
    this.vals = [value];
    this.hashes = [hash];
    this.unicode = isStr;
    this.log2size = PyDict_LOG_MINSIZE;
    this.usable = usableFraction(PyDict_MINSIZE) - 1;
    this.used = 1;
    this.keysAddr = allocKeys(PyDict_LOG_MINSIZE, isStr, this.keysBytes());
    this.generation++;
    this.version++;
  }

  /**
   * insertdict on a split table for a key it does not have: an exact str key goes into the shared
   * keys (if it is new there and they have room) and the value after the dict's other entries.
   * Returns false when set() goes on instead: the key is there already (its value is replaced as
   * in any table), or the table had to become combined first (a non-str key, or full shared keys).
   */
  private setSplit(key: PyObject, hash: number, value: PyObject): boolean {
    if (!dictHooks.isExactStr(key)) {
      this.rebuild(log2KeySize(this.used * 3), false);
      return false;
    }
    const name = key.value as string;
    if (this.findStr(name) >= 0) return false;
    const k = this.shared!;
    const ix = k.indexFor(key);
    if (ix < 0) {
      this.rebuild(log2KeySize(this.used * 3), true);
      return false;
    }
    incref(value);
    const j = this.keys.length;
    this.keys.push(k.names[ix]);
    this.vals.push(value);
    this.hashes.push(hash);
    if (this.strIndex !== null) {
      this.strIndex.setH(name, hash, j);
      if (this.strByHash !== null) addToSlot(this.strByHash, hash, j);
    }
    else if (j >= SMALL_MAX) this.buildIndex();
    this.used++;
    this.usable = k.usable;
    this.version++;
    return true;
  }

  private appendEntry(key: PyObject, hash: number, value: PyObject): void {
    const i = this.keys.length;
    this.keys.push(key);
    this.vals.push(value);
    this.hashes.push(hash);
    this.indexEntry(key, hash, i);
  }

  private indexEntry(key: PyObject, hash: number, i: number): void {
    const layout = this.layout;
    if (layout !== null) {
      const next = dictHooks.isExactStr(key) && i === layout.size ? layout.child(key.value as string) : null;
      if (next !== null) {
        this.layout = next;
        this.strIndex = next.index;
        this.strByHash = null;
        return;
      }
      this.detach();
    }
    if (this.strIndex === null) {
      if (i >= SMALL_MAX) this.buildIndex();
      return;
    }
    this.addToIndex(key, hash, i);
  }

  private addToIndex(key: PyObject, hash: number, i: number): void {
    if (dictHooks.isExactStr(key)) {
      this.strIndex!.setH(key.value as string, hash, i);
      if (this.strByHash !== null) addToSlot(this.strByHash, hash, i);
      return;
    }
    addToSlot(this.hashIndex ??= new Map(), hash, i);
  }

  private unindexEntry(key: PyObject, hash: number, i: number): void {
    this.detach();
    if (this.strIndex === null) return;
    if (dictHooks.isExactStr(key)) {
      this.strIndex.deleteH(key.value as string, hash);
      if (this.strByHash !== null) removeFromSlot(this.strByHash, hash, i);
      return;
    }
    removeFromSlot(this.hashIndex!, hash, i);
  }

  /**
   * Remove entry i and hand its key and value references to the caller (who must release them,
   * key first, or keep them).
   */
  takeEntry(i: number): [PyObject, PyObject] {
    const key = this.keys[i]!, value = this.vals[i]!;
    if (this.shared !== null) {
      // delete_index_from_values: the order closes up; the key stays in the shared keys (the
      // caller's reference to it is a new one)
      incref(key);
      this.keys.splice(i, 1);
      this.vals.splice(i, 1);
      this.hashes.splice(i, 1);
      const strIndex = this.strIndex;
      this.strByHash = null;
      this.generation++;
      if (strIndex !== null) {
        strIndex.deleteH(key.value as string, dictHooks.strHash(key));
        for (let j = i; j < this.keys.length; j++) strIndex.setH(this.keys[j]!.value as string, this.hashes[j], j);
      }
      this.used--;
      this.version++;
      return [key, value];
    }
    this.unindexEntry(key, this.hashes[i], i);
    this.keys[i] = null;
    this.vals[i] = null;
    this.used--;
    this.version++;
    return [key, value];
  }

  /** delete entry i, releasing key then value */
  deleteEntry(i: number): void {
    const [k, v] = this.takeEntry(i);
    decref(k);
    decref(v);
  }

  /**
   * dictresize: a new keys object of 2^log2 slots holding the live entries, compacted. The old
   * keys object is freed and the new one allocated (as CPython does).
   */
  rebuild(log2: number, unicode: boolean): void {
    const split = this.shared;
    if (split !== null) {
      // a split table becomes combined: it now owns its keys (in insertion order)
      for (const key of this.keys) incref(key!);
      this.shared = null;
    }
    // The entries close up over the holes. Without holes they keep their places, and so the
    // index stays valid (a growing dict is not re-indexed at every resize).
    const compact = this.keys.length !== this.used;
    if (compact) {
      const keys: (PyObject | null)[] = [], vals: (PyObject | null)[] = [], hashes: number[] = [];
      for (let i = 0; i < this.keys.length; i++) {
        if (this.keys[i] !== null) {
          keys.push(this.keys[i]);
          vals.push(this.vals[i]);
          hashes.push(this.hashes[i]);
        }
      }
      this.keys = keys;
      this.vals = vals;
      this.hashes = hashes;
    } else if (this.keys === EMPTY_ENTRIES) {
      this.keys = [];
      this.vals = [];
      this.hashes = [];
    }
    const oldAddr = this.keysAddr, oldLog2 = this.log2size, oldUnicode = this.unicode;
    this.unicode = unicode;
    this.log2size = log2;
    this.usable = usableFraction(1 << log2) - this.used;
    this.generation++;
    // (a table following a layout has no holes; it leaves the layout when it takes a non-str key)
    if (this.layout !== null) {
      if (!unicode) this.detach();
    } else if (compact) this.reindex();
    else if (this.strIndex !== null && !this.strIndex.hasRoomFor(this.used + this.usable)) this.buildIndex();
    // dictresize: new_keys_object first, the old keys freed afterwards
    this.keysAddr = allocKeys(log2, unicode, this.keysBytes());
    if (split !== null) {
      // dictresize: the shared keys are released, then the values block freed
      const valuesAddr = this.valuesAddr;
      this.valuesAddr = 0;
      releaseSharedKeys(split);
      freeBuffer(valuesAddr);
    } else {
      freeKeys(oldAddr, oldLog2, oldUnicode);
    }
    this.version++;
  }

  /**
   * clone_combined_dict_keys: a table of the same size with the same entries (holes included),
   * taking new references to every key and value. A fresh keys block (never the free list).
   */
  clone(): DictTable {
    if (this.shared !== null) {
      // PyDict_Copy of a split dict: a split copy (new values block first) over the same keys
      const c = new DictTable();
      c.keys = this.keys.slice();
      c.vals = this.vals.slice();
      c.hashes = this.hashes.slice();
      c.strIndex = this.strIndex === null ? null : this.strIndex.copy();
      c.used = this.used;
      c.makeSplit(this.shared, allocValuesBlock(this.shared.usableSize()));
      for (const v of c.vals) incref(v!);
      return c;
    }
    const t = new DictTable();
    t.keys = this.keys.slice();
    t.vals = this.vals.slice();
    t.hashes = this.hashes.slice();
    t.used = this.used;
    t.log2size = this.log2size;
    t.usable = this.usable;
    t.unicode = this.unicode;
    t.layout = this.layout;
    t.strIndex = this.layout !== null || this.strIndex === null ? this.strIndex : this.strIndex.copy();
    if (this.hashIndex !== null) {
      t.hashIndex = new Map();
      for (const [h, slot] of this.hashIndex) t.hashIndex.set(h, typeof slot === 'number' ? slot : slot.slice());
    }
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k !== null) {
        incref(k);
        incref(t.vals[i]!);
      }
    }
    t.keysAddr = this.log2size === 0 ? 0 : allocBuffer(this.keysBytes());
    return t;
  }

  /** dict.popitem: drop the trailing entries from index n on (dk_nentries = n); they are holes */
  truncate(n: number): void {
    if (n === this.keys.length) return;
    this.detach();
    this.keys.length = n;
    this.vals.length = n;
    this.hashes.length = n;
  }

  /**
   * Drop every entry (dict.clear / dealloc): the table returns to the shared empty keys first, then
   * the old entries are released in entry order, key then value (so __del__ sees an empty dict).
   */
  clear(): void {
    if (this.shared !== null) {
      this.clearSplit();
      return;
    }
    const keys = this.keys, vals = this.vals;
    const addr = this.keysAddr, log2 = this.log2size, unicode = this.unicode;
    this.becomeEmpty();
    if (this.layout !== null) {
      this.layout = ROOT_LAYOUT;
      this.strIndex = ROOT_LAYOUT.index;
    }
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null) {
        decref(k);
        decref(vals[i]!);
      }
    }
    freeKeys(addr, log2, unicode);
  }

  /** the shared empty keys again (what clear() and clearSplit() start with); the caller releases the old entries */
  private becomeEmpty(): void {
    this.keys = EMPTY_ENTRIES;
    this.vals = EMPTY_ENTRIES;
    this.hashes = EMPTY_ENTRIES;
    this.used = 0;
    this.log2size = 0;
    this.usable = 0;
    this.unicode = true;
    this.strIndex = null;
    this.hashIndex = null;
    this.strByHash = null;
    this.keysAddr = 0;
    this.version++;
    this.generation++;
  }

  /**
   * PyDict_Clear / dict_dealloc of a split table: back to the empty keys first; the values are
   * released in the shared keys' index order, then the values block is freed and the keys released.
   */
  private clearSplit(): void {
    const k = this.shared!;
    const vals = this.vals;
    const byIndex = this.entriesByKeyIndex();
    const valuesAddr = this.valuesAddr;
    this.shared = null;
    this.valuesAddr = 0;
    this.becomeEmpty();
    for (const j of byIndex) decref(vals[j]!);
    freeBuffer(valuesAddr);
    releaseSharedKeys(k);
  }

  /** a split table's values, in the index order of the shared keys (dict_traverse of a split dict) */
  valuesByKeyIndex(): PyObject[] {
    if (this.shared === null) return this.vals.filter((v) => v !== null) as PyObject[];
    return this.entriesByKeyIndex().map((j) => this.vals[j]!);
  }

  /** live entry indices in order (a snapshot, safe against mutation while iterating) */
  liveIndices(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== null) out.push(i);
    return out;
  }

  /** next live entry index at or after i, or -1 */
  nextIndex(i: number): number {
    const keys = this.keys;
    while (i < keys.length) {
      if (keys[i] !== null) return i;
      i++;
    }
    return -1;
  }
}

/** add entry i under hash in an index by hash (a slot holds one entry or several, ascending) */
function addToSlot(index: Map<number, number | number[]>, hash: number, i: number): void {
  const slot = index.get(hash);
  if (slot === undefined) index.set(hash, i);
  else if (typeof slot === 'number') index.set(hash, [slot, i]);
  else slot.push(i);
}

function removeFromSlot(index: Map<number, number | number[]>, hash: number, i: number): void {
  const slot = index.get(hash)!;
  if (typeof slot === 'number') index.delete(hash);
  else {
    slot.splice(slot.indexOf(i), 1);
    if (slot.length === 1) index.set(hash, slot[0]);
  }
}

/** resize the modelled keys buffer (kept for callers that re-charge after bulk changes) */
export function rechargeKeys(t: DictTable): void {
  t.keysAddr = t.keysAddr === 0 ? allocBuffer(t.keysBytes()) : resizeBuffer(t.keysAddr, t.keysBytes());
}

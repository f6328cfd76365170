// LAYER: memory. The reference-count audit (PYHEAP_AUDIT=1): proves, at a quiet moment (the end of a
// program), that every live object's ob_refcnt equals the number of references that actually point
// at it, and names the object, its type and where it was allocated when that is not so.
//
// WHAT IT PROVES. Under CPython's discipline every owned reference is held by exactly one holder:
// a slot of another object (container item, attribute, cell, default, type slot ...) or a slot the
// runtime keeps outside the heap (a frame's locals and value stack, the module registry, a static
// table). So for every live object o, at a moment when no C-level (here: JS-local) temporaries are
// in flight,
//
//     o.refcnt  ==  #(references from other live objects)  +  #(references from runtime roots)
//
// The audit recomputes the right-hand side from scratch and compares:
//   refcnt > held   "leaked reference": someone took a reference and never released it. The object
//                   can never be freed by refcounting (and the cycle collector will treat it as
//                   externally reachable forever).
//   refcnt < held   "over-released": a holder's reference was never counted (a borrowed reference
//                   was stored, or one decref too many). The object will be freed while still held.
//   held by a freed object                "dangling reference": a live holder (or a root) points at
//                   an object that was already deallocated (address 0, or back on a free list).
//                   objects/alloc.ts reuses the JS shells of freed objects: once the shell of the
//                   freed object was given to a new one, the same mistake shows as "over-released"
//                   on the new object, with the stale holder among its holders (PYHEAP_SHELL_REUSE=0
//                   turns reuse off and shows it as a dangling reference again).
//
// HOW. Every object allocated through heap.ts's allocObject while the audit is on is registered here
// with its allocation site (a callback the VM installs: "file.py:12"), and unregistered by
// freeObject. runAudit():
//   1. counts the root references the runtime passes (plus those of the registered root providers),
//   2. walks every live registered object with its type's traverse(o, visit) (a type whose traverse
//      is null holds no references) and counts one reference per visit, for every child;
//   3. children that are not registered (static objects such as None, True, static types, heap types
//      created outside obmalloc, anything allocated before the audit was enabled) are walked too when
//      first reached, so that what they hold is counted; for them only the "over-released" direction
//      is sound (we may not have seen all their holders), so only that is reported;
//   4. compares and reports.
// The check is exact for registered objects provided that every place outside the heap that owns
// a reference is given as a root: a missing root shows up as a "leaked reference" on the object it
// holds (with its holders listed), which is how missing roots are found.
//
// STATIC OBJECTS. Caches created with a huge count (small ints, one-char strs, the empty tuple: CPython's
// 999,999,999, "counted normally" in 3.11) and objects that live for the whole run (static types and
// their descriptors: 2^20) are held by JS tables the audit does not see, so they are never reported as
// leaked. They are still checked for going BELOW what holders account for: a 999,999,999 object's
// count must be at least 999,999,999 + its holders (it got that count before anything held it);
// a 2^20 object's count must be at least its holders.
//
// LEAKS AT EXIT. reportLeaksAtExit(roots): after the runtime has torn everything down, every
// registered object still alive that is not reachable from the roots (or from a static object) is a
// leak. It prints the counts per type with the first allocation sites, and the objects whose count
// exceeds the references found among the leftovers: those are the ones someone forgot to release (the
// rest are kept alive by them, or are cycles that were never collected).
//
// Costs: off, one branch per allocation and per free (heap.ts). On, a Map entry per live object and a
// call of the site provider per allocation; the audit itself is linear in objects + references.
//
// Output: lines on stderr that start with `pyheap-audit:` (the differential runner fails a program
// that prints any); nothing at all when everything is consistent.

import type { PyObject } from './object.js';
import { pendingDeallocations } from './refcount.js';
import { STATIC_LIFETIME } from './shownrefs.js';

// ---------- switch, registry, allocation sites ----------

function envValue(name: string): string | undefined {
  const p = (globalThis as any).process;
  return p !== undefined && p.env !== undefined ? p.env[name] : undefined;
}
function envFlag(name: string): boolean {
  const v = envValue(name);
  return v !== undefined && v !== '' && v !== '0';
}

/** Read by heap.ts on every allocation and free: keep it a plain object field (one branch when off). */
export const auditOn = { value: envFlag('PYHEAP_AUDIT') };

/** PYHEAP_AUDIT_STACK=1: append the JS call site to each allocation site (slow; for runtime bugs). */
const jsStacks = { value: envFlag('PYHEAP_AUDIT_STACK') };

/** Live registered objects -> allocation site, in allocation order. */
const live = new Map<PyObject, string>();

let siteProvider: (() => string) | null = null;

/**
 * Turn the audit on (as PYHEAP_AUDIT=1 does at load). Call it before anything is allocated: objects
 * allocated earlier are not registered (they are still walked when reachable, see the header).
 */
export function enableAudit(options: { jsStacks?: boolean } = {}): void {
  auditOn.value = true;
  if (options.jsStacks !== undefined) jsStacks.value = options.jsStacks;
}

/** Turn the audit off and forget every registered object (tests). */
export function disableAudit(): void {
  auditOn.value = false;
  live.clear();
}

/**
 * The VM installs a callback giving the current Python source position ("file.py:12"), called once
 * per allocation while the audit is on (keep it cheap). null removes it.
 */
export function setSiteProvider(provider: (() => string) | null): void {
  siteProvider = provider;
}

function currentSite(): string {
  let site = '';
  if (siteProvider !== null) {
    try {
      site = siteProvider();
    } catch {
      site = '';
    }
  }
  if (jsStacks.value) {
    const stack = new Error().stack ?? '';
    const frames = stack.split('\n').slice(1)
      .filter((l) => !/memory[\\/](audit|heap)\.|objects[\\/]alloc\./.test(l))
      .slice(0, 4)
      .map((l) => l.trim().replace(/^at /, '').replace(/(file:\/\/)?[^\s()]*[\\/](src|dist)[\\/]/, ''));
    site += (site ? ' ' : '') + '[' + frames.join(' < ') + ']';
  }
  return site;
}

/**
 * Register a live object with the current allocation site. heap.ts's allocObject calls it; call it
 * too when an object is reused without going through allocObject (a free-list hit), to refresh its site.
 */
export function auditRegister(o: PyObject): void {
  live.set(o, currentSite());
}

/** Forget a freed object (heap.ts's freeObject). */
export function auditUnregister(o: PyObject): void {
  live.delete(o);
}

/**
 * The block of `from` now belongs to `to` (a class object takes over the block allocated for it as
 * a `type` instance): `to` is registered with `from`'s site and `from` forgotten. No-op when off.
 */
export function auditReplace(from: PyObject, to: PyObject): void {
  if (!auditOn.value) return;
  const site = live.get(from);
  live.delete(from);
  live.set(to, site ?? currentSite());
}

/** How many objects are registered (live, or parked on a free list). */
export function auditedObjectCount(): number {
  return live.size;
}

/** The recorded allocation site of a registered object ('' if none was known), or null if unregistered. */
export function allocationSite(o: PyObject): string | null {
  const s = live.get(o);
  return s === undefined ? null : s;
}

// ---------- roots ----------

/**
 * A reference owned by something outside the heap: `count` references from `what` (a frame's local,
 * the module registry, a static table ...). `obj` null is ignored, so arrays of slots can be passed
 * as they are. count defaults to 1.
 */
export interface AuditRoot {
  obj: PyObject | null;
  count?: number;
  what: string;
}

/** Adds one root reference (or `count`); null/undefined objects are ignored. */
export type AddRoot = (obj: PyObject | null | undefined, what: string, count?: number) => void;

/** Something that declares the owned references a layer keeps outside the heap. */
export type RootProvider = (add: AddRoot) => void;

const providers: { name: string; provide: RootProvider }[] = [];

/**
 * Register a root provider, consulted by every runAudit / reportLeaksAtExit in addition to the roots
 * passed: each layer declares once the references it owns outside the heap (vm: the frames of every
 * thread; objects: static type dicts and JS-held caches; modules: sys.modules ...). Returns a function
 * that unregisters it.
 */
export function addRootProvider(name: string, provide: RootProvider): () => void {
  const entry = { name, provide };
  providers.push(entry);
  return () => {
    const i = providers.indexOf(entry);
    if (i >= 0) providers.splice(i, 1);
  };
}

/** Build a root list with a callback: collectRoots((add) => { for (const v of frame.fast) add(v, 'f: local'); }) */
export function collectRoots(fill: RootProvider): AuditRoot[] {
  const out: AuditRoot[] = [];
  fill((obj, what, count = 1) => {
    if (obj !== null && obj !== undefined && count !== 0) out.push({ obj, what, count });
  });
  return out;
}

/** The roots every registered provider declares now (for heap snapshots: memory/stats.ts). */
export function providedRoots(): AuditRoot[] {
  return gatherRoots([], []);
}

/** Roots passed in, then those of every provider (a provider that throws is reported as a root error). */
function gatherRoots(roots: readonly AuditRoot[], errors: string[]): AuditRoot[] {
  const all: AuditRoot[] = [];
  for (const r of roots) if (r.obj !== null && r.obj !== undefined) all.push(r);
  for (const p of providers) {
    try {
      p.provide((obj, what, count = 1) => {
        if (obj !== null && obj !== undefined && count !== 0) all.push({ obj, what: `${p.name}: ${what}`, count });
      });
    } catch (e) {
      errors.push(`root provider '${p.name}' failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return all;
}

// ---------- static objects ----------

/** objects/str.ts STATIC_REFCNT: the count CPython's static caches start at (memory/ cannot import it). */
export const STATIC_REFCNT = 999_999_999;
/** The count static types and their descriptors start at (memory/shownrefs.ts). */
const STATIC_TYPE_REFCNT = STATIC_LIFETIME;

/** A static object (see the header): never reported as leaked, nor as a leak at exit. */
function isStatic(refcnt: number): boolean {
  return refcnt >= STATIC_REFCNT - 1_000_000 || refcnt >= STATIC_TYPE_REFCNT;
}
/**
 * The least count an object with `held` counted holders may have: `held` for an ordinary or a 2^20
 * object, STATIC_REFCNT + `held` for the caches (they got their count before anything held them).
 */
function leastCount(refcnt: number, held: number): number {
  return refcnt >= STATIC_REFCNT - 1_000_000 ? STATIC_REFCNT + held : held;
}

// ---------- the audit ----------

export type MismatchKind = 'leaked reference' | 'over-released' | 'dangling reference' | 'traverse failed';

export interface Mismatch {
  kind: MismatchKind;
  obj: PyObject;
  typeName: string;
  addr: number;
  refcnt: number;
  /** references found: from live objects + roots */
  held: number;
  /** allocation site ('' when unknown); for a dangling reference, the freed object's */
  site: string;
  /** the first few holders found ("list at 0x..." or "root: what") */
  holders: string[];
  /** extra detail (the error of a failed traverse, the holder of a dangling reference ...) */
  note: string;
}

export interface AuditReport {
  /** registered live objects checked both ways */
  checked: number;
  /** unregistered objects reached and checked for over-release only */
  reached: number;
  /** references counted (object-to-object + roots) */
  references: number;
  mismatches: Mismatch[];
  /** problems with the audit itself (a root provider that threw, deallocations in flight) */
  warnings: string[];
  /** "3 mismatches (2 leaked reference, 1 over-released) among 812 live objects" or "no mismatches ..." */
  summary: string;
}

const MAX_HOLDERS = 3;

function hex(addr: number): string {
  return '0x' + addr.toString(16);
}

function typeNameOf(o: PyObject): string {
  const t = o.type as any;
  return t !== null && t !== undefined && typeof t.name === 'string' ? t.name : '?';
}

function describe(o: PyObject): string {
  return `${typeNameOf(o)} at ${hex(o.addr)}`;
}

/** A freed object: its block went back to obmalloc (addr 0) or it sits on a free list (count 0). */
function isFreed(o: PyObject): boolean {
  return o.addr === 0 || o.refcnt === 0;
}

interface Tally {
  held: number;
  holders: string[];
}

/** One pass over roots + live objects: references to each object and its first holders. */
interface Census {
  tally: Map<PyObject, Tally>;
  /** unregistered objects reached (walked too), in discovery order */
  reached: PyObject[];
  references: number;
  mismatches: Mismatch[];
}

function takeCensus(roots: readonly AuditRoot[], withHolders: boolean): Census {
  const tally = new Map<PyObject, Tally>();
  const reached: PyObject[] = [];
  const seenUnregistered = new Set<PyObject>();
  const mismatches: Mismatch[] = [];
  let references = 0;

  const danglingSeen = new Set<PyObject>();
  const count = (child: PyObject, n: number, holder: string): void => {
    references += n;
    let t = tally.get(child);
    if (t === undefined) {
      t = { held: 0, holders: [] };
      tally.set(child, t);
    }
    t.held += n;
    if (withHolders && t.holders.length < MAX_HOLDERS) t.holders.push(holder);
    if (isFreed(child)) {
      if (!danglingSeen.has(child)) {
        danglingSeen.add(child);
        mismatches.push({
          kind: 'dangling reference', obj: child, typeName: typeNameOf(child), addr: child.addr,
          refcnt: child.refcnt, held: 0, site: live.get(child) ?? '', holders: [], note: '',
        });
      }
      return;
    }
    if (!live.has(child) && !seenUnregistered.has(child)) {
      seenUnregistered.add(child);
      reached.push(child);
    }
  };

  for (const r of roots) {
    const n = r.count ?? 1;
    count(r.obj!, n, `root: ${r.what}${n !== 1 ? ` x${n}` : ''}`);
  }

  const walk = (h: PyObject): void => {
    const type = h.type;
    if (type === null || type === undefined || type.traverse === null) return;
    const label = withHolders ? describe(h) : '';
    try {
      type.traverse(h, (child) => count(child, 1, label));
    } catch (e) {
      mismatches.push({
        kind: 'traverse failed', obj: h, typeName: typeNameOf(h), addr: h.addr, refcnt: h.refcnt,
        held: 0, site: live.get(h) ?? '', holders: [], note: e instanceof Error ? e.message : String(e),
      });
    }
  };
  for (const o of live.keys()) if (!isFreed(o)) walk(o);
  // reached grows while it is walked: what unregistered holders hold may be unregistered too
  for (let i = 0; i < reached.length; i++) walk(reached[i]);

  // a dangling reference is about its holders: fill them in now that every holder was seen
  for (const m of mismatches) {
    if (m.kind !== 'dangling reference') continue;
    const t = tally.get(m.obj)!;
    m.held = t.held;
    m.holders = t.holders;
  }
  return { tally, reached, references, mismatches };
}

/**
 * Recompute every live object's true count (references from other live objects via their type's
 * traverse + the roots given + the roots of the registered providers) and return each mismatch.
 * Run it when no references are in flight in JS locals (between statements at the top level, at exit).
 * It neither prints nor changes anything; see printAuditReport / formatAuditReport.
 */
export function runAudit(roots: readonly AuditRoot[] = []): AuditReport {
  const warnings: string[] = [];
  const allRoots = gatherRoots(roots, warnings);
  const pending = pendingDeallocations();
  if (pending > 0) warnings.push(`${pending} deallocations in flight (audit run during a dealloc)`);

  const census = takeCensus(allRoots, true);
  const mismatches: Mismatch[] = [];
  const errors = census.mismatches.filter((m) => m.kind === 'traverse failed');
  const dangling = census.mismatches.filter((m) => m.kind === 'dangling reference');

  const check = (o: PyObject, site: string, registered: boolean): void => {
    const t = census.tally.get(o);
    const held = t === undefined ? 0 : t.held;
    const refcnt = o.refcnt;
    let kind: MismatchKind | null = null;
    let note = '';
    const least = leastCount(refcnt, held);
    if (refcnt < least) {
      kind = 'over-released';
      if (least !== held) note = `static object: count must stay at least ${STATIC_REFCNT} + holders`;
    } else if (registered && refcnt > held && !isStatic(refcnt)) {
      kind = 'leaked reference';
    }
    if (kind === null) return;
    mismatches.push({
      kind, obj: o, typeName: typeNameOf(o), addr: o.addr, refcnt, held, site,
      holders: t === undefined ? [] : t.holders, note,
    });
  };

  let checked = 0;
  for (const [o, site] of live) {
    if (isFreed(o)) continue; // on a free list (or being deallocated): not live
    checked++;
    check(o, site, true);
  }
  for (const o of census.reached) check(o, '', false);

  mismatches.push(...dangling, ...errors);
  const summary = summarize(mismatches, checked);
  return { checked, reached: census.reached.length, references: census.references, mismatches, warnings, summary };
}

function summarize(mismatches: readonly Mismatch[], checked: number): string {
  if (mismatches.length === 0) return `no mismatches among ${checked} live objects`;
  const byKind = new Map<string, number>();
  for (const m of mismatches) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
  const parts = [...byKind].map(([k, n]) => `${n} ${k}`).join(', ');
  return `${mismatches.length} mismatch${mismatches.length === 1 ? '' : 'es'} (${parts}) among ${checked} live objects`;
}

/** One report line (without the prefix) for a mismatch. */
export function formatMismatch(m: Mismatch): string {
  const where = `allocated at ${m.site === '' ? '<unknown>' : m.site}`;
  const holders = m.holders.length === 0 ? '' :
    `; holders: ${m.holders.join(', ')}${m.held > m.holders.length ? ', ...' : ''}`;
  const note = m.note === '' ? '' : ` (${m.note})`;
  switch (m.kind) {
    case 'dangling reference':
      return `dangling reference: freed ${m.typeName} at ${hex(m.addr)}, still held by ${m.held}, ${where}${holders}`;
    case 'traverse failed':
      return `traverse failed: ${m.typeName} at ${hex(m.addr)}, refcnt ${m.refcnt}, ${where}${note}`;
    default:
      return `${m.kind}: ${m.typeName} at ${hex(m.addr)}, refcnt ${m.refcnt}, held by ${m.held}, ${where}${holders}${note}`;
  }
}

export const AUDIT_PREFIX = 'pyheap-audit: ';

/**
 * The lines to print for a report, each starting with `pyheap-audit:`; none at all when there is no
 * mismatch (warnings alone are not printed: they do not prove a refcount bug). At most `limit`
 * mismatch lines.
 */
export function formatAuditReport(report: AuditReport, limit = 50): string[] {
  if (report.mismatches.length === 0) return [];
  const lines = [AUDIT_PREFIX + report.summary];
  for (const w of report.warnings) lines.push(`${AUDIT_PREFIX}warning: ${w}`);
  for (const m of report.mismatches.slice(0, limit)) lines.push(AUDIT_PREFIX + formatMismatch(m));
  if (report.mismatches.length > limit) lines.push(`${AUDIT_PREFIX}... ${report.mismatches.length - limit} more`);
  return lines;
}

let output: (line: string) => void = (line) => {
  const p = (globalThis as any).process;
  if (p !== undefined && p.stderr !== undefined) p.stderr.write(line + '\n');
  else console.error(line);
};

/** Where report lines go (stderr by default); tests may capture them. Returns the previous sink. */
export function setAuditOutput(sink: (line: string) => void): (line: string) => void {
  const prev = output;
  output = sink;
  return prev;
}

/** Print a report's lines (nothing when it is clean). Returns the number of mismatches. */
export function printAuditReport(report: AuditReport, limit = 50): number {
  for (const line of formatAuditReport(report, limit)) output(line);
  return report.mismatches.length;
}

// ---------- leaks at exit ----------

export interface LeakReport {
  /** registered objects still alive and unreachable from the roots and static objects, in allocation order */
  leaked: PyObject[];
  /** leaked objects per type name, most numerous first */
  byType: { typeName: string; count: number; sites: string[] }[];
  /**
   * leaked objects whose count exceeds the references found among the leftovers: each was kept
   * alive by a reference that nobody holds (the leak's cause); the others are held by these, or
   * form cycles the collector never freed.
   */
  unaccounted: Mismatch[];
  lines: string[];
}

/**
 * After the runtime has torn everything down (modules cleared, frames gone, last collection run):
 * every registered object still alive that is not reachable from `roots` (+ the providers' roots +
 * the static objects, which live for the whole run) is a leak. Prints (see setAuditOutput) the count
 * per type with the first few allocation sites and the objects that account for the leak; prints
 * nothing when there is none.
 */
export function reportLeaksAtExit(roots: readonly AuditRoot[] = [], limit = 10): LeakReport {
  const warnings: string[] = [];
  const allRoots = gatherRoots(roots, warnings);

  // reachability from the roots and from every static object
  const reachable = new Set<PyObject>();
  const queue: PyObject[] = [];
  const reach = (o: PyObject): void => {
    if (!reachable.has(o) && !isFreed(o)) {
      reachable.add(o);
      queue.push(o);
    }
  };
  for (const r of allRoots) reach(r.obj!);
  for (const o of live.keys()) if (!isFreed(o) && isStatic(o.refcnt)) reach(o);
  for (let i = 0; i < queue.length; i++) {
    const h = queue[i];
    const tr = h.type === null || h.type === undefined ? null : h.type.traverse;
    if (tr === null) continue;
    try {
      tr(h, reach);
    } catch {
      // a broken traverse is reported by runAudit; here it only hides what h holds
    }
  }

  const leaked: PyObject[] = [];
  for (const o of live.keys()) if (!isFreed(o) && !reachable.has(o)) leaked.push(o);

  const byTypeMap = new Map<string, { typeName: string; count: number; sites: string[] }>();
  for (const o of leaked) {
    const name = typeNameOf(o);
    let e = byTypeMap.get(name);
    if (e === undefined) {
      e = { typeName: name, count: 0, sites: [] };
      byTypeMap.set(name, e);
    }
    e.count++;
    const site = live.get(o) || '<unknown>';
    if (e.sites.length < 3 && !e.sites.includes(site)) e.sites.push(site);
  }
  const byType = [...byTypeMap.values()].sort((a, b) => b.count - a.count || (a.typeName < b.typeName ? -1 : 1));

  // references among the leftovers: an object whose count is higher is held from nowhere
  const leakedSet = new Set(leaked);
  const tally = new Map<PyObject, Tally>();
  for (const h of leaked) {
    const tr = h.type.traverse;
    if (tr === null) continue;
    const label = describe(h);
    try {
      tr(h, (c) => {
        if (!leakedSet.has(c)) return;
        let t = tally.get(c);
        if (t === undefined) { t = { held: 0, holders: [] }; tally.set(c, t); }
        t.held++;
        if (t.holders.length < MAX_HOLDERS) t.holders.push(label);
      });
    } catch {
      // see above
    }
  }
  const unaccounted: Mismatch[] = [];
  for (const o of leaked) {
    const t = tally.get(o);
    const held = t === undefined ? 0 : t.held;
    if (o.refcnt > held) {
      unaccounted.push({
        kind: 'leaked reference', obj: o, typeName: typeNameOf(o), addr: o.addr, refcnt: o.refcnt, held,
        site: live.get(o) ?? '', holders: t === undefined ? [] : t.holders, note: '',
      });
    }
  }

  const lines: string[] = [];
  if (leaked.length > 0) {
    lines.push(`${AUDIT_PREFIX}${leaked.length} object${leaked.length === 1 ? '' : 's'} leaked at exit` +
      (unaccounted.length > 0 ? ` (${unaccounted.length} held by references nobody owns)` : ' (uncollected cycles)'));
    for (const w of warnings) lines.push(`${AUDIT_PREFIX}warning: ${w}`);
    for (const e of byType) {
      lines.push(`${AUDIT_PREFIX}  ${e.typeName}: ${e.count}, allocated at ${e.sites.join(', ')}${e.count > e.sites.length ? ', ...' : ''}`);
    }
    for (const m of unaccounted.slice(0, limit)) lines.push(`${AUDIT_PREFIX}  ${formatMismatch(m)}`);
    if (unaccounted.length > limit) lines.push(`${AUDIT_PREFIX}  ... ${unaccounted.length - limit} more`);
  }
  for (const line of lines) output(line);
  return { leaked, byType, unaccounted, lines };
}

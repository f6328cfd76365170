// LAYER: tools. What keeps the program's objects alive when it ends: for every object allocated
// while tracing and still alive (grouped by type and allocation line), the shortest chain of
// references from a root, e.g. "module __main__ → dict ['a'] → list".
//
// One breadth-first walk forward from all the roots at once (modules first, then the runtime's
// other roots: frames, the sys module, static types' dicts ...) over every object's references
// (its type's traverse) gives each reachable object the root nearest to it and its parent on a
// shortest path; following the parents back is the shortest back-reference chain, for every
// object in one pass (the same chains a breadth-first search over referrers from each object would
// find, without one search per object). A queue and arrays, no recursion: a million-deep chain is
// fine. Objects that hold no references are not queued (ints, strs: the bulk of a big list) unless
// they are among the objects asked about.
//
// An object alive but not reached is not reachable from any root: it is garbage in a cycle the
// collector has not examined yet (or an object whose count was never released).

import type { PyObject } from '../memory/object.js';
import { edgeLabel, describe } from './heap-labels.js';

export interface Root { obj: PyObject; what: string }

export interface LiveGroup {
  typeName: string; site: number; count: number; unreachable: number;
  /** the shortest chain to one object of the group: its root, then "label type" per reference */
  chain: string[] | null;
}

export function findRetainers(roots: readonly Root[], live: ReadonlyMap<PyObject, number>): LiveGroup[] {
  const index = new Map<PyObject, number>();
  const nodes: PyObject[] = [];
  const parent: number[] = [];
  const depth: number[] = [];
  const rootWhat = new Map<number, string>();
  for (const r of roots) {
    if (index.has(r.obj)) continue;
    index.set(r.obj, nodes.length);
    rootWhat.set(nodes.length, r.what);
    nodes.push(r.obj); parent.push(-1); depth.push(0);
  }
  for (let q = 0; q < nodes.length; q++) {
    const o = nodes[q];
    const traverse = o.type.traverse;
    if (traverse === null) continue;
    const d = depth[q] + 1;
    traverse(o, (c) => {
      if (index.has(c) || (c.type.traverse === null && !live.has(c))) return;
      index.set(c, nodes.length);
      nodes.push(c); parent.push(q); depth.push(d);
    });
  }

  const chainOf = (i: number): string[] => {
    const steps: string[] = [];
    while (parent[i] !== -1) {
      const p = parent[i];
      const label = edgeLabel(nodes[p], nodes[i]);
      steps.push(label ? `${label} ${describe(nodes[i])}` : describe(nodes[i]));
      i = p;
    }
    const what = rootWhat.get(i)!;
    const d = describe(nodes[i]);
    steps.push(what.startsWith(d) || what.startsWith('module ') ? what : `${what} (${d})`);
    return steps.reverse();
  };

  const groups = new Map<string, LiveGroup & { best: number }>();
  for (const [o, site] of live) {
    if (o.refcnt <= 0) continue; // kept on a free list, not alive
    const key = `${o.type.name}@${site}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, g = { typeName: o.type.name, site, count: 0, unreachable: 0, chain: null, best: -1 });
    g.count++;
    const i = index.get(o);
    if (i === undefined) g.unreachable++;
    else if (g.best === -1 || depth[i] < depth[g.best]) g.best = i;
  }
  const out: LiveGroup[] = [];
  for (const g of groups.values()) {
    out.push({ typeName: g.typeName, site: g.site, count: g.count, unreachable: g.unreachable,
      chain: g.best === -1 ? null : chainOf(g.best) });
  }
  return out;
}

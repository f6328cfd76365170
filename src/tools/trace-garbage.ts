// LAYER: tools. The cyclic garbage `pyheap trace` shows: the objects each collection found
// unreachable (memory/events.ts 'gc-garbage', sent while they are still intact, just before the
// collector clears them), which are the program's leak candidates: without the collector they
// would never have been freed.
//
// For each collection's garbage:
//   1. index the objects, and follow every reference among them (each type's traverse), joining
//      the two ends in a union-find: the connected pieces are the separate cycles (with whatever
//      hangs on them);
//   2. count every object in its group, keyed by type and allocation line (the line is recorded
//      per object while tracing, see trace.ts);
//   3. give each piece a shape: the multiset of its groups ("list@15 x1, list@16 x1"). A program
//      that leaks the same structure a thousand times makes a thousand pieces of one shape; only
//      the first piece of each shape is drawn (Graphviz DOT, at most MAX_NODES objects, chosen
//      breadth-first from its first object along references either way), with how many times
//      that shape was found.
// Linear in objects + references; the objects themselves are not kept (they are freed right after).

import type { PyObject } from '../memory/object.js';
import { edgeLabel, describe } from './heap-labels.js';

/** "file.py:12" without the directory */
function shortSite(where: string): string {
  const i = where.lastIndexOf(':');
  const file = where.slice(0, i);
  return i < 0 ? where : file.slice(file.lastIndexOf('/') + 1) + where.slice(i);
}

const MAX_NODES = 30;
const MAX_SHAPES = 40;

export interface GarbageGroup {
  typeName: string; site: number; count: number; collections: number[]; shapes: number[];
}
export interface GarbageShape {
  /** the first piece of this shape, in DOT */
  dot: string; nodes: number; drawn: number; times: number; collection: number; summary: string;
}

function dotString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

/** A pale fill per group, stable for a key: Graphviz's "H S V" colour form. */
function groupColour(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return `${((h % 360) / 360).toFixed(3)} 0.25 1.0`;
}

export class GarbageRecorder {
  readonly groups = new Map<string, GarbageGroup>();
  readonly shapes: GarbageShape[] = [];
  /** shapes beyond MAX_SHAPES are counted here, not drawn */
  undrawnPieces = 0;
  total = 0;
  private readonly shapeIndex = new Map<string, number>();

  constructor(private readonly siteOf: (o: PyObject) => number, private readonly siteName: (id: number) => string) {}

  record(objects: Iterable<PyObject>, collection: number): void {
    const objs: PyObject[] = [];
    const index = new Map<PyObject, number>();
    for (const o of objects) { index.set(o, objs.length); objs.push(o); }
    const n = objs.length;
    if (n === 0) return;
    this.total += n;

    // 1. references among the garbage (CSR adjacency) and the pieces (union-find)
    const parent = new Int32Array(n);
    for (let i = 0; i < n; i++) parent[i] = i;
    const find = (i: number): number => {
      while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
      return i;
    };
    const from: number[] = [], to: number[] = [];
    for (let i = 0; i < n; i++) {
      const o = objs[i];
      const traverse = o.type.traverse;
      if (traverse === null) continue;
      traverse(o, (c) => {
        const j = index.get(c);
        if (j === undefined) return;
        from.push(i); to.push(j);
        const a = find(i), b = find(j);
        if (a !== b) parent[a] = b;
      });
    }
    const start = new Int32Array(n + 1);
    for (const f of from) start[f + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const fill = start.slice(0, n);
    const targets = new Int32Array(from.length);
    for (let e = 0; e < from.length; e++) targets[fill[from[e]]++] = to[e];

    // 2. groups by type and allocation line
    const keys: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const o = objs[i];
      const site = this.siteOf(o);
      const key = `${o.type.name}@${site}`;
      keys[i] = key;
      let g = this.groups.get(key);
      if (g === undefined) this.groups.set(key, g = { typeName: o.type.name, site, count: 0, collections: [], shapes: [] });
      g.count++;
      if (g.collections[g.collections.length - 1] !== collection) g.collections.push(collection);
    }

    // 3. pieces and their shapes
    const pieces = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const r = find(i);
      let p = pieces.get(r);
      if (p === undefined) pieces.set(r, p = []);
      p.push(i);
    }
    for (const members of pieces.values()) {
      const counts = new Map<string, number>();
      for (const i of members) counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1);
      const shapeKey = [...counts].map(([k, c]) => `${k}x${c}`).sort().join('|');
      let s = this.shapeIndex.get(shapeKey);
      if (s === undefined) {
        if (this.shapes.length >= MAX_SHAPES) { this.undrawnPieces++; continue; }
        s = this.shapes.length;
        this.shapeIndex.set(shapeKey, s);
        this.shapes.push(this.drawPiece(objs, keys, members, start, targets, collection, counts));
      }
      this.shapes[s].times++;
      for (const key of counts.keys()) {
        const g = this.groups.get(key)!;
        if (!g.shapes.includes(s) && g.shapes.length < 5) g.shapes.push(s);
      }
    }
  }

  private drawPiece(objs: PyObject[], keys: string[], members: number[], start: Int32Array, targets: Int32Array,
    collection: number, counts: Map<string, number>): GarbageShape {
    // breadth-first from the first object over references in either direction, at most MAX_NODES
    const near = new Map<number, number[]>();
    const link = (a: number, b: number) => {
      let l = near.get(a);
      if (l === undefined) near.set(a, l = []);
      l.push(b);
    };
    for (const i of members) {
      for (let e = start[i]; e < start[i + 1]; e++) { link(i, targets[e]); link(targets[e], i); }
    }
    const chosen = new Map<number, number>();
    const order: number[] = [members[0]];
    chosen.set(members[0], 0);
    for (let q = 0; q < order.length && order.length < MAX_NODES; q++) {
      for (const j of near.get(order[q]) ?? []) {
        if (order.length >= MAX_NODES) break;
        if (!chosen.has(j)) { chosen.set(j, order.length); order.push(j); }
      }
    }
    let dot = 'digraph ObjectGraph {\n  node[shape=box, style=filled, fillcolor=white, fontname="Helvetica", fontsize=10];\n' +
      '  edge[fontname="Helvetica", fontsize=9];\n';
    for (const i of order) {
      const o = objs[i];
      const site = shortSite(this.siteName(this.siteOf(o)));
      dot += `  o${chosen.get(i)}[label=${dotString(`${describe(o)}\n${site}`)}, fillcolor=${dotString(groupColour(keys[i]))}];\n`;
    }
    for (const i of order) {
      const seen = new Set<number>();
      for (let e = start[i]; e < start[i + 1]; e++) {
        const j = targets[e];
        const to = chosen.get(j);
        if (to === undefined || seen.has(j)) continue;
        seen.add(j);
        dot += `  o${chosen.get(i)} -> o${to} [label=${dotString(edgeLabel(objs[i], objs[j]))}];\n`;
      }
    }
    if (members.length > order.length) {
      dot += `  more[shape=plaintext, style="", label=${dotString(`... ${members.length - order.length} more objects`)}];\n`;
    }
    dot += '}\n';
    const summary = [...counts].map(([k, c]) => {
      const [type, site] = k.split('@');
      return `${c} ${type} (${shortSite(this.siteName(Number(site)))})`;
    }).join(', ');
    return { dot, nodes: members.length, drawn: order.length, times: 0, collection, summary };
  }
}

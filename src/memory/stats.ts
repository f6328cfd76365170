// LAYER: memory. The heap as a graph, for viewers (tools/: the heap snapshot export, reports):
// every object reachable from the runtime's roots, and every object the collector tracks even if
// nothing reaches it (cyclic garbage not collected yet), with its type, its size and its references.
//
// HOW. heapGraph() takes the roots every layer declares (audit.ts's root providers, plus any the
// caller passes), then walks breadth-first with a worklist (no JS recursion, so a million-long
// chain is fine): each object's references are the children its type's traverse() visits, exactly
// the references the collector and the audit see. Then every object still linked in a generation
// list and not reached is added as unreachable, and walked the same way.
//
// NAMES. traverse() says what an object holds but not under which name. A higher layer that knows
// the payloads (objects/referents.ts) may install a ReferentNamer: it reports the references it
// can name (a dict's value under its key, a list's item at its index, an instance's attribute, a
// cell's contents ...) and may add references traverse() does not count (a weak reference's
// referent, a shortcut from an instance to the values of its __dict__). Each strong named
// reference accounts for one child traverse() visited; the children left over keep an unnamed
// 'hidden' edge, so every counted reference is an edge exactly once, named or not.
//
// The graph is a plain versioned data structure (objects by index, edges by index): viewers never
// hold the live objects. Taking it changes nothing (no reference counts, no allocation).

import type { PyObject } from './object.js';
import type { PyType } from '../objects/type.js';
import { gcState } from './generations.js';
import { collectRoots, providedRoots, type AddRoot } from './audit.js';

export type HeapEdgeKind = 'element' | 'property' | 'internal' | 'hidden' | 'weak' | 'shortcut';

export interface HeapEdge {
  kind: HeapEdgeKind;
  /** the index for 'element' (and a running number for 'hidden'), the name otherwise */
  name: string | number;
  /** index into HeapGraph.nodes */
  to: number;
}

export interface HeapNode {
  /** id(o) */
  id: number;
  typeName: string;
  /** sys.getsizeof without a Python-level __sizeof__: the type's sizeof slot plus the pre-header */
  size: number;
  /** a short text for value-like objects (a str's text, a number's digits, a function's or class's name) */
  value: string | null;
  /** in a generation list (the collector tracks it) */
  tracked: boolean;
  edges: HeapEdge[];
}

export interface HeapRoot {
  /** what holds it: "runtime: sys.modules", "typeobject: ..." */
  what: string;
  node: number;
}

export interface HeapGraph {
  version: 1;
  nodes: HeapNode[];
  roots: HeapRoot[];
  /** tracked objects reached from no root (cycles the collector has not freed yet) */
  unreachable: number[];
}

/** Reports a named reference of an object: add(child, kind, name). */
export type AddNamedReferent = (child: PyObject | null | undefined, kind: HeapEdgeKind, name: string | number) => void;

export interface ReferentNamer {
  /** report the references of `o` it can name (nothing for a type it does not know) */
  name(o: PyObject, add: AddNamedReferent): void;
  /** the short text for HeapNode.value, or null */
  value(o: PyObject): string | null;
}

let namer: ReferentNamer | null = null;

/** Installed once by the objects layer (objects/referents.ts). */
export function setReferentNamer(n: ReferentNamer | null): void {
  namer = n;
}

function sizeOf(o: PyObject): number {
  const t = o.type as PyType;
  try {
    return t.sizeof(o) + t.presize;
  } catch {
    return t.basicsize + t.presize;
  }
}

/** The heap graph now. `fill` may add roots the registered providers do not declare. */
export function heapGraph(fill: ((add: AddRoot) => void) | null = null): HeapGraph {
  const index = new Map<PyObject, number>();
  const objects: PyObject[] = [];
  const nodeOf = (o: PyObject): number => {
    let i = index.get(o);
    if (i === undefined) {
      i = objects.length;
      index.set(o, i);
      objects.push(o);
    }
    return i;
  };

  const rootList = [...(fill !== null ? collectRoots(fill) : []), ...providedRoots()];
  const roots: HeapRoot[] = [];
  for (const r of rootList) if (r.obj !== null) roots.push({ what: r.what, node: nodeOf(r.obj) });

  const nodes: HeapNode[] = [];
  const weakEdges: { from: number; to: PyObject; name: string | number }[] = [];
  // walk: objects[] grows as children are found; nodes[i] is filled when objects[i] is visited
  const walkFrom = (start: number): void => {
    for (let i = start; i < objects.length; i++) {
      const o = objects[i];
      const t = o.type as PyType;
      const children: PyObject[] = [];
      if (t.traverse !== null) {
        try {
          t.traverse(o, (c) => { if (c !== null && c !== undefined) children.push(c); });
        } catch {
          // a traverse that fails leaves the object without edges rather than the snapshot unmade
        }
      }
      const unnamed = new Map<PyObject, number>();
      for (const c of children) unnamed.set(c, (unnamed.get(c) ?? 0) + 1);
      const edges: HeapEdge[] = [];
      if (namer !== null) {
        namer.name(o, (c, kind, name) => {
          if (c === null || c === undefined) return;
          if (kind === 'weak') { weakEdges.push({ from: i, to: c, name }); return; }
          if (kind !== 'shortcut') {
            const left = unnamed.get(c);
            if (left !== undefined) {
              if (left > 1) unnamed.set(c, left - 1);
              else unnamed.delete(c);
            }
          }
          edges.push({ kind, name, to: nodeOf(c) });
        });
      }
      let hidden = 0;
      for (const c of children) {
        const left = unnamed.get(c);
        if (left === undefined) continue;
        if (left > 1) unnamed.set(c, left - 1);
        else unnamed.delete(c);
        edges.push({ kind: c === o.type ? 'internal' : 'hidden', name: c === o.type ? '__class__' : hidden++, to: nodeOf(c) });
      }
      nodes.push({
        id: o.addr, typeName: t.name, size: sizeOf(o), value: namer !== null ? namer.value(o) : null,
        tracked: o.gcNext !== null, edges,
      });
    }
  };
  walkFrom(0);

  const unreachable: number[] = [];
  const lists = [...gcState.generations.map((g) => g.list), gcState.permanent];
  for (const list of lists) {
    for (const o of list.objects()) {
      if (index.has(o)) continue;
      const start = objects.length;
      unreachable.push(nodeOf(o));
      walkFrom(start);
    }
  }

  // weak references: only to objects that are in the graph anyway (a weak edge keeps nothing alive)
  for (const w of weakEdges) {
    const to = index.get(w.to);
    if (to !== undefined) nodes[w.from].edges.push({ kind: 'weak', name: w.name, to });
  }
  return { version: 1, nodes, roots, unreachable };
}

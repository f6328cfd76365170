// LAYER: tools. `pyheap trace --heapsnapshot FILE`: the Python heap written in the Chrome DevTools
// heap snapshot format (what V8 writes for "Take heap snapshot"), so DevTools' Memory tab (Load)
// opens a Python heap: Summary by type, Containment from the roots, Retainers, retained sizes.
//
// THE FORMAT. One JSON object whose keys come in this order (DevTools' loader reads it as a stream):
//   snapshot: { meta, node_count, edge_count, trace_function_count }
//   nodes:    node_count * node_fields.length ints: type, name, id, self_size, edge_count,
//             trace_node_id, detachedness (type: an index into meta.node_types[0]; name: into strings)
//   edges:    edge_count * edge_fields.length ints: type, name_or_index, to_node. A node's edges are
//             the next `edge_count` edges after those of the nodes before it; to_node is the index of
//             the target's first field in `nodes` (node ordinal * node_fields.length);
//             name_or_index is an index into strings, except for element and hidden edges (a number)
//   trace_function_infos, trace_tree, samples, locations: empty (no allocation tracking here)
//   strings:  the string table
// Node 0 is the root. DevTools treats the root's non-synthetic children as user roots (like V8's
// window objects), everything else reached only through synthetic nodes as "system".
//
// THE PYTHON HEAP IN IT (memory/stats.ts's heap graph; edge names from objects/referents.ts):
//   (root) --shortcut "<module name>"--> every module in sys.modules (the user roots)
//          --element--> (GC roots) --element--> one synthetic node per kind of root
//                       ((modules), (running frames), (builtin types), (runtime)) --internal--> objects
//          --element--> (unreachable: cycles not collected yet) --element--> tracked objects no root reaches
//   an object: type 'object' named by its type (list, dict, Foo), 'string' named by its text,
//   'number' named by its digits (int, float, bool), 'closure' named by the function's qualname,
//   'code' named by the code's name; self_size is sys.getsizeof's figure (the allocator's size of
//   the object and its own buffers, GC header included); id is a serial number (DevTools keeps ids
//   in 32 bits; id() addresses do not fit).
//   edges: dict entries and instance attributes as property edges named by key, list/tuple/set items
//   as element edges, named fields (__dict__, __code__, cell_contents, ...) as internal edges,
//   attributes seen through a materialized __dict__ as shortcut edges, a weakref's referent as a weak
//   edge, references nobody named (dict keys, ...) as hidden edges.

import fs from 'node:fs';
import { heapGraph, type HeapGraph, type HeapNode } from '../memory/stats.js';
import type { AddRoot } from '../memory/audit.js';
import '../objects/referents.js';

const NODE_TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native',
  'synthetic', 'concatenated string', 'sliced string', 'symbol', 'bigint', 'object shape'];
const NODE_FIELDS = ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'];
const EDGE_TYPES = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];
const EDGE_FIELDS = ['type', 'name_or_index', 'to_node'];

export const SNAPSHOT_META = {
  node_fields: NODE_FIELDS,
  node_types: [NODE_TYPES, 'string', 'number', 'number', 'number', 'number', 'number'],
  edge_fields: EDGE_FIELDS,
  edge_types: [EDGE_TYPES, 'string_or_number', 'node'],
  trace_function_info_fields: ['function_id', 'name', 'script_name', 'script_id', 'line', 'column'],
  trace_node_fields: ['id', 'function_info_index', 'count', 'size', 'children'],
  sample_fields: ['timestamp_us', 'last_assigned_id'],
  location_fields: ['object_index', 'script_id', 'line', 'column'],
};

const NUMBER_TYPES = new Set(['int', 'float', 'bool', 'complex']);

function nodeKind(n: HeapNode): [string, string] {
  if (n.typeName === 'str' && n.value !== null) return ['string', n.value];
  if (NUMBER_TYPES.has(n.typeName) && n.value !== null) return ['number', n.value];
  if (n.typeName === 'function' && n.value !== null) return ['closure', n.value];
  if (n.typeName === 'code' && n.value !== null) return ['code', n.value];
  return ['object', n.typeName];
}

/** the synthetic node a root belongs under, from its description */
function rootCategory(what: string): string {
  if (/sys\.modules|the builtins module|the sys module/.test(what)) return '(modules)';
  if (/local of|value stack|running frame/.test(what)) return '(running frames)';
  if (/\.__dict__$|tp_subclasses/.test(what)) return '(builtin types)';
  return '(runtime)';
}

interface OutEdge { type: string; name: string | number; to: number }
interface OutNode { type: string; name: string; id: number; size: number; edges: OutEdge[] }

/** The snapshot as a JS value (the structure DevTools parses). */
export function buildHeapSnapshot(graph: HeapGraph): HeapSnapshot {
  // synthetic nodes first, then the heap's objects (object i is node SYN + i)
  const synthetic: OutNode[] = [];
  const syn = (name: string): number => {
    synthetic.push({ type: 'synthetic', name, id: 0, size: 0, edges: [] });
    return synthetic.length - 1;
  };
  const root = syn('');
  const gcRoots = syn('(GC roots)');
  synthetic[root].edges.push({ type: 'element', name: 1, to: gcRoots });
  const categories = new Map<string, number>();
  const rootEdges: { cat: number; what: string; node: number }[] = [];
  const seenRoot = new Set<string>();
  for (const r of graph.roots) {
    const key = `${r.what}\u0000${r.node}`;
    if (seenRoot.has(key)) continue;
    seenRoot.add(key);
    const name = rootCategory(r.what);
    let cat = categories.get(name);
    if (cat === undefined) {
      categories.set(name, cat = syn(name));
      synthetic[gcRoots].edges.push({ type: 'element', name: synthetic[gcRoots].edges.length + 1, to: cat });
    }
    rootEdges.push({ cat, what: r.what, node: r.node });
  }
  let unreachable = -1;
  if (graph.unreachable.length > 0) {
    unreachable = syn('(unreachable: cycles not collected yet)');
    synthetic[root].edges.push({ type: 'element', name: 2, to: unreachable });
  }
  const SYN = synthetic.length;
  for (const e of rootEdges) synthetic[e.cat].edges.push({ type: 'internal', name: e.what, to: SYN + e.node });
  graph.unreachable.forEach((n, i) => synthetic[unreachable].edges.push({ type: 'element', name: i, to: SYN + n }));
  // the user roots: the modules, by the names sys.modules gives them
  const modulesRoot = graph.roots.find((r) => /sys\.modules$/.test(r.what));
  if (modulesRoot !== undefined) {
    for (const e of graph.nodes[modulesRoot.node].edges) {
      if (e.kind === 'property' && graph.nodes[e.to].typeName === 'module') {
        synthetic[root].edges.push({ type: 'shortcut', name: String(e.name), to: SYN + e.to });
      }
    }
  }

  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      stringIndex.set(s, i);
      strings.push(s);
    }
    return i;
  };
  str('');
  const nodeType = new Map(NODE_TYPES.map((t, i) => [t, i]));
  const edgeType = new Map(EDGE_TYPES.map((t, i) => [t, i]));
  const NF = NODE_FIELDS.length, EF = EDGE_FIELDS.length;
  const nodeCount = SYN + graph.nodes.length;
  let edgeCount = 0;
  for (const s of synthetic) edgeCount += s.edges.length;
  for (const n of graph.nodes) edgeCount += n.edges.length;
  const nodes = new Uint32Array(nodeCount * NF);
  const edges = new Uint32Array(edgeCount * EF);
  let e = 0;
  const writeNode = (i: number, type: string, name: string, size: number, edgeTotal: number) => {
    const b = i * NF;
    nodes[b] = nodeType.get(type)!;
    nodes[b + 1] = str(name);
    nodes[b + 2] = 2 * i + 1;
    nodes[b + 3] = size;
    nodes[b + 4] = edgeTotal;
    // trace_node_id and detachedness stay 0
  };
  const writeEdge = (type: string, name: string | number, to: number) => {
    edges[e] = edgeType.get(type)!;
    edges[e + 1] = type === 'element' || type === 'hidden' ? Number(name) : str(String(name));
    edges[e + 2] = to * NF;
    e += EF;
  };
  synthetic.forEach((s, i) => {
    writeNode(i, s.type, s.name, 0, s.edges.length);
    for (const x of s.edges) writeEdge(x.type, x.name, x.to);
  });
  graph.nodes.forEach((n, i) => {
    const [type, name] = nodeKind(n);
    writeNode(SYN + i, type, name, n.size, n.edges.length);
    for (const x of n.edges) writeEdge(x.kind, x.name, SYN + x.to);
  });

  return {
    snapshot: { meta: SNAPSHOT_META, node_count: nodeCount, edge_count: edgeCount, trace_function_count: 0 },
    nodes, edges, trace_function_infos: [], trace_tree: [], samples: [], locations: [], strings,
  };
}

export interface HeapSnapshot {
  snapshot: { meta: typeof SNAPSHOT_META; node_count: number; edge_count: number; trace_function_count: number };
  nodes: Uint32Array; edges: Uint32Array;
  trace_function_infos: never[]; trace_tree: never[]; samples: never[]; locations: never[];
  strings: string[];
}

/**
 * Write in V8's layout: the sections in order, the node and edge arrays one record a line. Written
 * in pieces, so a heap of millions of objects never becomes one JS string.
 */
export function writeHeapSnapshotFile(file: string, snap: HeapSnapshot): void {
  const fd = fs.openSync(file, 'w');
  try {
    let buf = '';
    const put = (s: string) => {
      buf += s;
      if (buf.length > 1 << 16) { fs.writeSync(fd, buf); buf = ''; }
    };
    const rows = (a: Uint32Array, width: number) => {
      for (let i = 0; i < a.length; i += width) {
        put((i > 0 ? ',\n' : '') + a.subarray(i, i + width).join(','));
      }
    };
    put(`{"snapshot":${JSON.stringify(snap.snapshot)},\n"nodes":[`);
    rows(snap.nodes, NODE_FIELDS.length);
    put('],\n"edges":[');
    rows(snap.edges, EDGE_FIELDS.length);
    put('],\n"trace_function_infos":[],\n"trace_tree":[],\n"samples":[],\n"locations":[],\n"strings":[');
    snap.strings.forEach((s, i) => put((i > 0 ? ',\n' : '') + JSON.stringify(s)));
    put(']}\n');
    fs.writeSync(fd, buf);
  } finally {
    fs.closeSync(fd);
  }
}

/** Take the heap graph now and write it as a .heapsnapshot file; returns its node and edge counts. */
export function writeHeapSnapshot(file: string, extraRoots: ((add: AddRoot) => void) | null): { nodes: number; edges: number } {
  const snap = buildHeapSnapshot(heapGraph(extraRoots));
  writeHeapSnapshotFile(file, snap);
  return { nodes: snap.snapshot.node_count, edges: snap.snapshot.edge_count };
}

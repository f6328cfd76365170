// LAYER: compiler. Which constants CPython's AST arena keeps alive while freshly compiled text runs.
//
// CPython's parser makes a new object for every literal and registers it with the arena of the
// AST; the AST optimizer does the same for each folded result ('ab' * 3, (1, 2), x in [1, 2]).
// The compiler then merges equal constants (its constant cache): co_consts holds the first object
// of each value, the later equal ones stay in the arena only. When the source text itself is run
// (a script, `-c`, an interactive statement, exec/eval of a str), the arena is freed only after
// the code has finished, so each merged constant has one reference more than co_consts gives it:
//
//     x = 1000                   co_consts ─┐
//     sys.getrefcount(x)  == 4   arena     ─┼─> 1000      (3 with compile() then exec(code),
//                                x, arg    ─┘              or in an imported module)
//
// arenaConstants lists those canonical constants, one entry per reference the arena holds.
// The parser's cached singletons are held once per literal instead: every `1` in the source is
// the one small int 1 (likewise a str of at most one Latin-1 character, a bytes of at most one
// byte, and a folded `()`), and the arena holds it once for each, so `sys.getrefcount(1)` grows
// with the number of 1s in the running text. None, True, False and `...` the parser takes as they
// are, without the arena. Whether an identifier-like string was already interned before (then
// co_consts holds that older object, not the arena's) is the runtime's call.

import type * as ast from '../parser/ast.js';
import type { ConstValue } from './codeunit.js';
import { constFromAst, type ConstCache } from './consts.js';
import { constantOf, type FoldedConstant } from './optimize.js';

/**
 * The canonical constants the arena holds a reference to, one entry per reference (a constant may
 * appear twice). Of equal literals, the first one compiled is the object co_consts keeps (the
 * compiler's constant cache). The compiler merges a folded tuple in place, so the arena's tuple is
 * the one in co_consts; a folded frozenset it rebuilds, and the arena's own frozenset then holds
 * only those items that were first compiled as its items.
 */
export function arenaConstants(original: ast.mod, optimized: ast.mod, cache: ConstCache): ConstValue[] {
  const held: ConstValue[] = [];
  const seen = new Set<ConstValue>();
  const holdOnce = (c: ConstValue | null): void => {
    if (c === null || seen.has(c)) return;
    seen.add(c);
    held.push(c);
  };
  const holdLiteral = (v: ConstValue): void => {
    if (isCachedSingleton(v)) held.push(v);
    else holdOnce(canonical(cache, v));
  };
  forEachConstant(original, (node) => holdLiteral(constFromAst(node.value)));
  const holdFolded = (v: ConstValue): void => {
    if (isCachedSingleton(v)) {
      held.push(v);
      return;
    }
    const c = canonical(cache, v);
    if (c === null) return;
    if (v.kind === 'tuple') {
      // inner tuples were folded first, each into an arena object of its own
      for (const item of v.items) if (item.kind === 'tuple') holdFolded(item);
      holdOnce(c);
    } else if (v.kind === 'frozenset') {
      for (const item of (c as { items: ConstValue[] }).items) {
        if (isCachedSingleton(item)) held.push(item);
        else if (canonical(cache, item) !== null && cache.firstMadeWithin(item, c)) held.push(item);
      }
    } else {
      holdOnce(c);
    }
  };
  forEachConstant(optimized, (node) => {
    if ((node as FoldedConstant).madeHere) holdFolded(constantOf(node));
  });
  return held;
}

/** the compilation's canonical constant for `v`, or null for a shared singleton */
function canonical(cache: ConstCache, v: ConstValue): ConstValue | null {
  const c = cache.lookup(v);
  return c === null || isSharedSingleton(c) ? null : c;
}

function isSharedSingleton(v: ConstValue): boolean {
  switch (v.kind) {
    case 'None': case 'Ellipsis': case 'bool': case 'code': return true;
    default: return isCachedSingleton(v);
  }
}

/** a value the runtime keeps one object of (small int, empty or Latin-1 1-char str/bytes, ()) */
export function isCachedSingleton(v: ConstValue): boolean {
  switch (v.kind) {
    case 'int': return v.value >= -5n && v.value <= 256n;
    case 'str': return v.value.length === 0 || (v.value.length === 1 && v.value.charCodeAt(0) < 256);
    case 'bytes': return v.value.length <= 1;
    case 'tuple': return v.items.length === 0;
    default: return false;
  }
}

/** every Constant node under `root` (an explicit stack: expressions can nest deeply) */
function forEachConstant(root: ast.mod, visit: (node: ast.Constant) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || node instanceof Uint8Array) continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    const rec = node as Record<string, unknown>;
    if (rec._type === 'Constant') { visit(node as ast.Constant); continue; }
    if (typeof rec._type !== 'string') continue;
    const keys = Object.keys(rec);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      if (k !== '_type') stack.push(rec[k]);
    }
  }
}

// LAYER: modules. `_jsre`: the engine under lib/re.py. Python's regular-expression syntax is
// parsed here (with the checks and error messages of CPython 3.11's re._parser) and translated
// into an equivalent JavaScript RegExp (flags `v` + optionally `i`), which V8 then runs.
//
// Translation, construct by construct (Python meaning -> JS form):
//   literal c            \u{..}  (under a case-insensitivity JS cannot scope: a class of c's cases)
//   .                    [^\n]   or, with DOTALL, [\s\S]       (JS's . also excludes \r, \u2028)
//   ^  $                 (?<![\s\S])  (?=\n?(?![\s\S]))          Python's $ also matches before a
//   ^  $ with MULTILINE  (?:(?<![\s\S])|(?<=\n))  (?=\n|(?![\s\S]))  final newline; only \n ends a line
//   \A  \Z               (?<![\s\S])  (?![\s\S])
//   \d \w \s             Unicode classes (\p{Nd}, [\p{L}\p{N}_], Python's whitespace list), or
//                        their ASCII forms under ASCII and for bytes patterns
//   \b \B                lookarounds on that \w (JS's own \b is ASCII-only)
//   (?P<n>..) (?P=n) \1  JS groups named by number: (?<g1>..) \k<g1> (Python's names are kept here)
//   (?>X)  X*+           (?=(?<a1>X))\k<a1> : a lookahead is never backtracked into, which is
//                        atomicity; the helper group a1 is invisible to Python
//   (?aiLmsux-imsx:X)    the flags are applied while translating X (no JS syntax needed)
// What JS cannot express raises re.error: conditional groups (?(1)a|b), \N{NAME}, and two
// places where JS's group semantics differ from Python's (each Item records which groups it
// contains and which of them surely have a value when it matched):
//  - JS clears the groups inside a repeated item at each iteration, Python keeps the value of an
//    earlier iteration: a group inside a quantifier with max > 1 that is not sure to be set in
//    every iteration (alternation branch, quantifier with min 0) is refused;
//  - a greedy repeat of an item that can match '' makes one more, empty, iteration in Python
//    (setting the item's groups to ''), not in JS: refused when the item holds groups;
//  - a JS back-reference to a group without a value matches '', Python's fails: a reference is
//    refused unless the group surely has a value by then (closed earlier in the same branch, not
//    under an optional construct between the group and the reference).
//
// The compiled programs are kept in a table; Python holds the table index (a small int).
// exec() runs one at a position and returns the group spans in code points.

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { checkArity } from '../objects/args.js';
import { raiseTypeError } from '../objects/errors.js';
import { newInt } from '../objects/int.js';
import { newStr, isStr, cpToUnit } from '../objects/str.js';
import { None, none } from '../objects/singletons.js';
import { newTupleSteal } from '../objects/tuple.js';
import { newListSteal } from '../objects/list.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

const F_I = 2, F_L = 4, F_M = 8, F_S = 16, F_U = 32, F_X = 64, F_A = 256, F_DEBUG = 128, F_T = 1;
const FLAG_LETTERS: Record<string, number> = { i: F_I, L: F_L, m: F_M, s: F_S, x: F_X, a: F_A, t: F_T, u: F_U };
const TYPE_FLAGS = F_A | F_L | F_U;
const MAXREPEAT = 4294967295;
const INF = Number.POSITIVE_INFINITY;

class ReError {
  constructor(public msg: string, public pos: number | null) {}
}

interface Item {
  js: string;
  min: number;
  max: number;
  kind: 'at' | 'repeat' | 'plain';
  groups?: number[];  // the capturing groups inside (itself included)
  sure?: number[];    // those of them that have a value whenever this item matched
}

const hex = (c: number): string => `\\u{${c.toString(16)}}`;
const isAsciiLetter = (t: string): boolean => /^[A-Za-z]$/.test(t);
const PY_SPACE = '\\t\\n\\u{b}\\u{c}\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}';
const ASCII_SPACE = '\\t\\n\\u{b}\\u{c}\\r\\u{20}';

/** the class bodies of \d \w \s (positive), for Unicode or ASCII semantics */
function categoryBody(letter: string, ascii: boolean): string {
  switch (letter.toLowerCase()) {
    case 'd': return ascii ? '0-9' : '\\p{Nd}';
    case 'w': return ascii ? 'A-Za-z0-9_' : '\\p{L}\\p{N}_';
    default: return ascii ? ASCII_SPACE : PY_SPACE;
  }
}

/** the lower/upper case forms of code point c that are single code points (c included) */
function caseVariants(c: number, ascii: boolean): number[] {
  const out = [c];
  if (ascii) {
    if (c >= 65 && c <= 90) out.push(c + 32);
    else if (c >= 97 && c <= 122) out.push(c - 32);
    return out;
  }
  const s = String.fromCodePoint(c);
  for (const t of [s.toLowerCase(), s.toUpperCase()]) {
    const cps = Array.from(t);
    if (cps.length === 1) {
      const v = cps[0].codePointAt(0)!;
      if (!out.includes(v)) out.push(v);
    }
  }
  return out;
}

class Translator {
  tokens: string[] = [];    // Tokenizer: a code point, or '\\' + the code point after it
  starts: number[] = [];    // the code-point position of each token
  t = 0;                    // index of the next token
  pattern: string[];
  groupWidths: ([number, number] | null)[] = [null];
  groupNames = new Map<string, number>();
  lookbehindGroups: number | null = null;
  groupParents: number[] = [0]; // the innermost capturing group around each group (0: none)
  openGroups: number[] = [];
  jsGroups = 0;             // atomic-group helpers made so far (named a1, a2, ...)
  groupRefPos = new Map<number, number>();
  mayRetryEmpty = false;
  groupStarts: number[] = [0];  // where each group's '(' is (for error positions)
  seqFrames: Item[][] = [];     // the items so far of each sequence being parsed (outermost first)    // lazy repeats or alternation: an empty first choice may hide a longer match

  constructor(public source: string, public flags: number, public isBytes: boolean) {
    this.pattern = Array.from(source);
    for (let i = 0; i < this.pattern.length; i++) {
      this.starts.push(i);
      if (this.pattern[i] === '\\') {
        if (i + 1 >= this.pattern.length) throw new ReError('bad escape (end of pattern)', this.pattern.length - 1);
        this.tokens.push('\\' + this.pattern[i + 1]);
        i++;
      } else {
        this.tokens.push(this.pattern[i]);
      }
    }
  }

  // ---- tokenizer ----
  get next(): string | null { return this.t < this.tokens.length ? this.tokens[this.t] : null; }
  tell(): number { return this.t < this.tokens.length ? this.starts[this.t] : this.pattern.length; }
  get(): string | null { const x = this.next; if (x !== null) this.t++; return x; }
  match(c: string): boolean { if (this.next === c) { this.t++; return true; } return false; }
  seekTo(pos: number): void { this.t = this.starts.findIndex((s) => s >= pos); if (this.t < 0) this.t = this.tokens.length; }
  error(msg: string, offset = 0): ReError {
    if (this.isBytes) msg = msg.replace(/[^\x00-\x7f]/gu, (ch) => `\\x${ch.codePointAt(0)!.toString(16).padStart(2, '0')}`);
    return new ReError(msg, this.tell() - offset);
  }
  getWhile(n: number, set: RegExp): string {
    let r = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || !set.test(c)) break;
      r += c;
      this.t++;
    }
    return r;
  }
  getUntil(term: string, name: string): string {
    let r = '';
    for (;;) {
      const c = this.get();
      if (c === null) {
        if (r === '') throw this.error('missing ' + name);
        throw this.error(`missing ${term}, unterminated name`, Array.from(r).length);
      }
      if (c === term) {
        if (r === '') throw this.error('missing ' + name, 1);
        return r;
      }
      r += c;
    }
  }
  checkGroupName(name: string, offset: number): void {
    if (!/^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(name)) {
      throw this.error(`bad character in group name ${pyRepr(name)}`, Array.from(name).length + offset);
    }
  }
  checkGroup(g: number): boolean { return g < this.groupWidths.length && this.groupWidths[g] !== null; }
  checkLookbehindGroup(g: number): void {
    if (this.lookbehindGroups !== null) {
      if (!this.checkGroup(g)) throw this.error('cannot refer to an open group');
      if (g >= this.lookbehindGroups) throw this.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }

  get ascii(): boolean { return this.isBytes || (this.flags & (F_A | F_L)) !== 0; }
  wordClass(): string { return `[${categoryBody('w', this.ascii)}]`; }

  // ---- emission helpers ----
  /** a literal code point under the current flags */
  literal(c: number, flags: number): string {
    if ((flags & F_I) !== 0 && this.manualCase(flags)) {
      const vs = caseVariants(c, this.ascii);
      if (vs.length > 1) return '[' + vs.map(hex).join('') + ']';
    }
    return hex(c);
  }
  /** is case-insensitivity at this point done by expanding cases (not by the JS `i` flag)? */
  manualCase(flags: number): boolean { return !this.jsIgnoreCase || (flags & F_I) === 0; }
  jsIgnoreCase = false;

  // ---- the parser (re._parser's _parse_sub / _parse, rewritten) ----
  parseSub(flags: number, verbose: boolean, first: boolean): Item {
    const branches: Item[] = [];
    for (;;) {
      branches.push(this.parseSeq(flags, verbose, first && branches.length === 0));
      if (!this.match('|')) break;
    }
    if (branches.length === 1) return branches[0];
    this.mayRetryEmpty = true;
    return {
      js: '(?:' + branches.map((b) => b.js).join('|') + ')',
      min: Math.min(...branches.map((b) => b.min)),
      max: Math.max(...branches.map((b) => b.max)),
      kind: 'plain',
      groups: branches.flatMap((b) => b.groups ?? []),
      sure: [],
    };
  }

  /** current flags are passed down; global flags found at the start change this.flags */
  parseSeq(flags: number, verbose: boolean, first: boolean): Item {
    const items: Item[] = [];
    this.seqFrames.push(items);
    for (;;) {
      const tok = this.next;
      if (tok === null || tok === '|' || tok === ')') break;
      this.t++;
      if (verbose) {
        if (/^[ \t\n\r\v\f]$/.test(tok)) continue;
        if (tok === '#') {
          for (;;) { const c = this.get(); if (c === null || c === '\n') break; }
          continue;
        }
      }
      if (tok[0] === '\\' && tok.length > 1) {
        items.push(this.escape(tok, flags));
      } else if (!'.\\[{()*+?^$|'.includes(tok)) {
        items.push({ js: this.literal(tok.codePointAt(0)!, flags), min: 1, max: 1, kind: 'plain' });
      } else if (tok === '[') {
        items.push(this.charClass(flags));
      } else if ('*+?{'.includes(tok)) {
        const here = this.tell();
        let min: number, max: number;
        if (tok === '?') { min = 0; max = 1; }
        else if (tok === '*') { min = 0; max = MAXREPEAT; }
        else if (tok === '+') { min = 1; max = MAXREPEAT; }
        else {
          if (this.next === '}') { items.push({ js: hex(123), min: 1, max: 1, kind: 'plain' }); continue; }
          let lo = '', hi = '';
          min = 0; max = MAXREPEAT;
          while (this.next !== null && /^[0-9]$/.test(this.next)) lo += this.get();
          if (this.match(',')) { while (this.next !== null && /^[0-9]$/.test(this.next)) hi += this.get(); }
          else hi = lo;
          if (!this.match('}')) {
            items.push({ js: this.literal(123, flags), min: 1, max: 1, kind: 'plain' });
            this.seekTo(here);
            continue;
          }
          if (lo) { min = Number(lo); if (min >= MAXREPEAT) throw new ReError('\u0000OverflowError:the repetition number is too large', null); }
          if (hi) {
            max = Number(hi);
            if (max >= MAXREPEAT) throw new ReError('\u0000OverflowError:the repetition number is too large', null);
            if (max < min) throw this.error('min repeat greater than max repeat', this.tell() - here);
          }
        }
        const prev = items.length > 0 ? items[items.length - 1] : null;
        if (prev === null || prev.kind === 'at') throw this.error('nothing to repeat', this.tell() - here + 1);
        if (prev.kind === 'repeat') throw this.error('multiple repeat', this.tell() - here + 1);
        if (max > 1) {
          const unsure = (prev.groups ?? []).find((g) => !(prev.sure ?? []).includes(g));
          if (unsure !== undefined) {
            throw new ReError(`pyheap's re cannot express this: group ${unsure} may keep a value from an earlier repetition of the group around it (JavaScript resets it)`, this.groupStarts[unsure]);
          }
          // a greedy repeat of something that can match '' tries one more, empty, repetition in
          // Python (its groups then hold ''), JS refuses empty repetitions beyond the minimum
          const grouped = prev.groups ?? [];
          if (prev.min === 0 && max > min && grouped.length > 0 && this.next !== '?') {
            throw new ReError(`pyheap's re cannot express this: group ${grouped[0]} may take its value from an empty last repetition (JavaScript does not repeat an empty match)`, this.groupStarts[grouped[0]]);
          }
        }
        const q = min === 0 && max === 1 ? '?' : min === 0 && max === MAXREPEAT ? '*' : min === 1 && max === MAXREPEAT ? '+'
          : max === MAXREPEAT ? `{${min},}` : min === max ? `{${min}}` : `{${min},${max}}`;
        const body = `(?:${prev.js})${q}`;
        let js: string;
        if (this.match('?')) { js = body + '?'; this.mayRetryEmpty = true; }
        else if (this.match('+')) js = this.atomic(body);
        else js = body;
        items[items.length - 1] = {
          js, kind: 'repeat',
          min: prev.min * min,
          max: max === MAXREPEAT ? (prev.max === 0 ? 0 : INF) : prev.max * max,
          groups: prev.groups, sure: min >= 1 ? prev.sure : [],
        };
      } else if (tok === '.') {
        items.push({ js: (flags & F_S) !== 0 ? '[\\s\\S]' : '[^\\n]', min: 1, max: 1, kind: 'plain' });
      } else if (tok === '(') {
        const it = this.group(flags, verbose, first && items.length === 0);
        if (it === 'global') { verbose = (this.flags & F_X) !== 0; flags = this.flags; continue; }
        if (it !== null) items.push(it);
      } else if (tok === '^') {
        items.push({ js: (flags & F_M) !== 0 ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])', min: 0, max: 0, kind: 'at' });
      } else if (tok === '$') {
        items.push({ js: (flags & F_M) !== 0 ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))', min: 0, max: 0, kind: 'at' });
      } else {
        // a lone '\' cannot happen (the tokenizer pairs it); ')' and '|' end the loop
        throw this.error('unexpected character');
      }
    }
    this.seqFrames.pop();
    let min = 0, max = 0;
    for (const it of items) { min += it.min; max += it.max; }
    return {
      js: items.map((i) => i.js).join(''), min, max, kind: 'plain',
      groups: items.flatMap((i) => i.groups ?? []), sure: items.flatMap((i) => i.sure ?? []),
    };
  }

  atomic(body: string): string {
    this.jsGroups++;
    return `(?=(?<a${this.jsGroups}>${body}))\\k<a${this.jsGroups}>`;
  }

  /** after '(' : a group, an extension, or global flags ('global') or a comment (null) */
  group(flags: number, verbose: boolean, first: boolean): Item | 'global' | null {
    const start = this.tell() - 1;
    let capture = true, atomic = false, name: string | null = null;
    let addFlags = 0, delFlags = 0;
    if (this.match('?')) {
      const ch = this.get();
      if (ch === null) throw this.error('unexpected end of pattern');
      if (ch === 'P') {
        if (this.match('<')) {
          name = this.getUntil('>', 'group name');
          this.checkGroupName(name, 1);
        } else if (this.match('=')) {
          const ref = this.getUntil(')', 'group name');
          this.checkGroupName(ref, 1);
          const gid = this.groupNames.get(ref);
          if (gid === undefined) throw this.error(`unknown group name ${pyRepr(ref)}`, Array.from(ref).length + 1);
          if (!this.checkGroup(gid)) throw this.error('cannot refer to an open group', Array.from(ref).length + 1);
          this.checkLookbehindGroup(gid);
          return this.groupRef(gid, flags, start);
        } else {
          const c2 = this.get();
          if (c2 === null) throw this.error('unexpected end of pattern');
          throw this.error('unknown extension ?P' + c2, c2.length + 2);
        }
      } else if (ch === ':') {
        capture = false;
      } else if (ch === '#') {
        for (;;) {
          if (this.next === null) throw this.error('missing ), unterminated comment', this.tell() - start);
          if (this.get() === ')') break;
        }
        return null;
      } else if (ch === '=' || ch === '!' || ch === '<') {
        let kind = ch;
        let behind = false;
        const outerLB = this.lookbehindGroups;
        if (ch === '<') {
          const c2 = this.get();
          if (c2 === null) throw this.error('unexpected end of pattern');
          if (c2 !== '=' && c2 !== '!') throw this.error('unknown extension ?<' + c2, c2.length + 2);
          kind = c2;
          behind = true;
          if (outerLB === null) this.lookbehindGroups = this.groupWidths.length;
        }
        const p = this.parseSub(flags, verbose, false);
        if (behind && outerLB === null) this.lookbehindGroups = null;
        if (!this.match(')')) throw this.error('missing ), unterminated subpattern', this.tell() - start);
        if (behind && p.min !== p.max) throw new ReError('look-behind requires fixed-width pattern', null);
        const js = `(?${behind ? '<' : ''}${kind}${p.js})`;
        return { js, min: 0, max: 0, kind: 'plain', groups: p.groups, sure: kind === '=' ? p.sure : [] };
      } else if (ch === '(') {
        throw new ReError('conditional groups (?(...)yes|no) are not supported by pyheap\'s regex engine (JavaScript cannot express them)', start);
      } else if (ch === '>') {
        capture = false;
        atomic = true;
      } else if (FLAG_LETTERS[ch] !== undefined || ch === '-') {
        const r = this.parseFlags(ch);
        if (r === null) {
          if (!first) throw this.error('global flags not at the start of the expression', this.tell() - start);
          return 'global';
        }
        [addFlags, delFlags] = r;
        capture = false;
      } else {
        throw this.error('unknown extension ?' + ch, ch.length + 1);
      }
    }
    let gid = 0;
    if (capture) {
      gid = this.groupWidths.length;
      this.groupWidths.push(null);
      this.groupStarts.push(start);
      this.groupParents.push(this.openGroups.length > 0 ? this.openGroups[this.openGroups.length - 1] : 0);
      if (name !== null) {
        const old = this.groupNames.get(name);
        if (old !== undefined) {
          throw this.error(`redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${old}`, Array.from(name).length + 1);
        }
        this.groupNames.set(name, gid);
      }
    }
    const subVerbose = (verbose || (addFlags & F_X) !== 0) && (delFlags & F_X) === 0;
    const subFlags = (flags | addFlags) & ~delFlags;
    if (capture) this.openGroups.push(gid);
    const p = this.parseSub(subFlags, subVerbose, false);
    if (capture) this.openGroups.pop();
    if (!this.match(')')) throw this.error('missing ), unterminated subpattern', this.tell() - start);
    if (capture) {
      this.groupWidths[gid] = [p.min, p.max];
      return {
        js: `(?<g${gid}>${p.js})`, min: p.min, max: p.max, kind: 'plain',
        groups: [gid, ...(p.groups ?? [])], sure: [gid, ...(p.sure ?? [])],
      };
    }
    if (atomic) return { js: this.atomic(p.js), min: p.min, max: p.max, kind: 'plain', groups: p.groups, sure: p.sure };
    return { js: `(?:${p.js})`, min: p.min, max: p.max, kind: 'plain', groups: p.groups, sure: p.sure };
  }

  groupRef(gid: number, flags: number, refStart: number): Item {
    // the group surely has a value here iff an item already parsed in one of the enclosing
    // sequences surely set it
    if (!this.seqFrames.some((items) => items.some((it) => (it.sure ?? []).includes(gid)))) {
      throw new ReError(`pyheap's re cannot express this: group ${gid} may have no value where it is referred to (JavaScript would match an empty string, Python fails)`, refStart);
    }
    if ((flags & F_I) !== 0 && this.manualCase(flags)) {
      throw new ReError('a back-reference under a case-insensitive flag scoped to part of the pattern is not supported by pyheap\'s regex engine', null);
    }
    const w = this.groupWidths[gid]!;
    return { js: `(?:\\k<g${gid}>)`, min: w[0], max: w[1], kind: 'plain' };
  }

  /** after '(?' and the first flag character; null for global flags '(?aiLmsux)' */
  parseFlags(ch: string): [number, number] | null {
    let add = 0, del = 0;
    let c: string | null = ch;
    if (c !== '-') {
      for (;;) {
        const f = FLAG_LETTERS[c!];
        if (!this.isBytes) {
          if (c === 'L') throw this.error("bad inline flags: cannot use 'L' flag with a str pattern");
        } else if (c === 'u') {
          throw this.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
        }
        add |= f;
        if ((f & TYPE_FLAGS) !== 0 && (add & TYPE_FLAGS) !== f) throw this.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        c = this.get();
        if (c === null) throw this.error('missing -, : or )');
        if (c === ')' || c === '-' || c === ':') break;
        if (FLAG_LETTERS[c] === undefined) throw this.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing -, : or )', c.length);
      }
    }
    if (c === ')') {
      this.flags |= add;
      return null;
    }
    if ((add & F_T) !== 0) throw this.error('bad inline flags: cannot turn on global flag', 1);
    if (c === '-') {
      c = this.get();
      if (c === null) throw this.error('missing flag');
      if (FLAG_LETTERS[c] === undefined) throw this.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing flag', c.length);
      for (;;) {
        const f = FLAG_LETTERS[c!];
        if ((f & TYPE_FLAGS) !== 0) throw this.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= f;
        c = this.get();
        if (c === null) throw this.error('missing :');
        if (c === ':') break;
        if (FLAG_LETTERS[c] === undefined) throw this.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing :', c.length);
      }
    }
    if ((del & F_T) !== 0) throw this.error('bad inline flags: cannot turn off global flag', 1);
    if ((add & del) !== 0) throw this.error('bad inline flags: flag turned on and off', 1);
    return [add, del];
  }

  /** numeric escapes shared by the two escape readers: \x.. \u.... \U........ \N{..} */
  hexEscape(esc: string): number | null {
    const c = esc[1];
    const text = !this.isBytes;
    let n = 0;
    if (c === 'x') n = 2;
    else if (c === 'u' && text) n = 4;
    else if (c === 'U' && text) n = 8;
    else if (c === 'N' && text) {
      if (!this.match('{')) throw this.error('missing {');
      this.getUntil('}', 'character name');
      throw new ReError('named character escapes \\N{...} are not supported by pyheap\'s regex engine', null);
    } else return null;
    const full = esc + this.getWhile(n, /^[0-9a-fA-F]$/);
    if (full.length !== n + 2) throw this.error(`incomplete escape ${full}`, full.length);
    const v = parseInt(full.slice(2), 16);
    if (v > 0x10ffff) throw this.error(`bad escape ${full}`, full.length);
    return v;
  }

  static SIMPLE: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

  /** an escape outside a class */
  escape(esc: string, flags: number): Item {
    const c = esc.slice(1);
    const lit = (v: number): Item => ({ js: this.literal(v, flags), min: 1, max: 1, kind: 'plain' });
    const at = (js: string): Item => ({ js, min: 0, max: 0, kind: 'at' });
    const W = this.wordClass();
    switch (c) {
      case 'A': return at('(?<![\\s\\S])');
      case 'Z': return at('(?![\\s\\S])');
      case 'b': return at(`(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`);
      case 'B': return at(`(?!(?<![\\s\\S])(?![\\s\\S]))(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`);
      case 'd': case 'w': case 's':
        return { js: `[${categoryBody(c, this.ascii)}]`, min: 1, max: 1, kind: 'plain' };
      case 'D': case 'W': case 'S':
        return { js: `[^${categoryBody(c, this.ascii)}]`, min: 1, max: 1, kind: 'plain' };
    }
    if (c !== 'b' && Translator.SIMPLE[c] !== undefined) return lit(Translator.SIMPLE[c]);
    const h = this.hexEscape(esc);
    if (h !== null) return lit(h);
    if (c === '0') {
      const more = this.getWhile(2, /^[0-7]$/);
      return lit(parseInt('0' + more, 8));
    }
    if (/^[0-9]$/.test(c)) {
      let digits = c;
      if (this.next !== null && /^[0-9]$/.test(this.next)) {
        digits += this.get();
        if (/^[0-7]$/.test(digits[0]) && /^[0-7]$/.test(digits[1]) && this.next !== null && /^[0-7]$/.test(this.next)) {
          digits += this.get();
          const v = parseInt(digits, 8);
          if (v > 0o377) throw this.error(`octal escape value \\${digits} outside of range 0-0o377`, digits.length + 1);
          return lit(v);
        }
      }
      const g = Number(digits);
      if (g < this.groupWidths.length) {
        if (!this.checkGroup(g)) throw this.error('cannot refer to an open group', digits.length + 1);
        this.checkLookbehindGroup(g);
        return this.groupRef(g, flags, this.tell() - digits.length - 1);
      }
      throw this.error(`invalid group reference ${g}`, digits.length);
    }
    if (isAsciiLetter(c)) throw this.error(`bad escape ${esc}`, esc.length);
    return lit(c.codePointAt(0)!);
  }

  /** an escape inside a class: a code point, or a class body for \d \w \s and their negations */
  classEscape(esc: string): number | { body: string } {
    const c = esc.slice(1);
    if (Translator.SIMPLE[c] !== undefined) return Translator.SIMPLE[c];
    if ('dws'.includes(c)) return { body: categoryBody(c, this.ascii) };
    if ('DWS'.includes(c)) return { body: `[^${categoryBody(c, this.ascii)}]` };
    const h = this.hexEscape(esc);
    if (h !== null) return h;
    if (/^[0-7]$/.test(c)) {
      const digits = c + this.getWhile(2, /^[0-7]$/);
      const v = parseInt(digits, 8);
      if (v > 0o377) throw this.error(`octal escape value \\${digits} outside of range 0-0o377`, digits.length + 1);
      return v;
    }
    if (/^[0-9]$/.test(c) || isAsciiLetter(c)) throw this.error(`bad escape ${esc}`, esc.length);
    return c.codePointAt(0)!;
  }

  charClass(flags: number): Item {
    const here = this.tell() - 1;
    const negate = this.match('^');
    const parts: string[] = [];
    const singles: number[] = [];
    const ranges: [number, number][] = [];
    let count = 0;
    for (;;) {
      const tok = this.get();
      if (tok === null) throw this.error('unterminated character set', this.tell() - here);
      if (tok === ']' && count > 0) break;
      count++;
      const code1: number | { body: string } = tok[0] === '\\' && tok.length > 1 ? this.classEscape(tok) : tok.codePointAt(0)!;
      if (this.match('-')) {
        const that = this.get();
        if (that === null) throw this.error('unterminated character set', this.tell() - here);
        if (that === ']') {
          if (typeof code1 === 'number') singles.push(code1); else parts.push(code1.body);
          singles.push(45);
          break;
        }
        const code2 = that[0] === '\\' && that.length > 1 ? this.classEscape(that) : that.codePointAt(0)!;
        if (typeof code1 !== 'number' || typeof code2 !== 'number' || code2 < code1) {
          throw this.error(`bad character range ${tok}-${that}`, Array.from(tok).length + 1 + Array.from(that).length);
        }
        ranges.push([code1, code2]);
      } else if (typeof code1 === 'number') {
        singles.push(code1);
      } else {
        parts.push(code1.body);
      }
    }
    if ((flags & F_I) !== 0 && this.manualCase(flags)) {
      for (const s of [...singles]) for (const v of caseVariants(s, this.ascii)) if (!singles.includes(v)) singles.push(v);
      for (const [lo, hi] of [...ranges]) {
        if (hi - lo > 0x3000) continue;
        for (let ch = lo; ch <= hi; ch++) {
          for (const v of caseVariants(ch, this.ascii)) if (v < lo || v > hi) singles.push(v);
        }
      }
    }
    const body = singles.map(hex).join('') + ranges.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('') + parts.join('');
    return { js: `[${negate ? '^' : ''}${body}]`, min: 1, max: 1, kind: 'plain' };
  }

  translate(): string {
    // global case-insensitivity is found by a first pass over the leading global flags only
    this.jsIgnoreCase = !this.ascii && (this.flags & F_I) !== 0;
    const probe = /^(?:\(\?[aiLmsux]+\))+/.exec(this.source);
    if (probe !== null && probe[0].includes('i') && !this.ascii && !/a|L/.test(probe[0]) && !this.isBytes) this.jsIgnoreCase = true;
    // a part that turns case-insensitivity off cannot live under JS's whole-pattern `i` flag
    if (/\(\?[a-zA-Z]*-[a-zA-Z]*i/.test(this.source)) this.jsIgnoreCase = false;
    const p = this.parseSub(this.flags, (this.flags & F_X) !== 0, true);
    if (this.next !== null) throw this.error('unbalanced parenthesis');
    for (const [g, pos] of this.groupRefPos) if (g >= this.groupWidths.length) throw new ReError(`invalid group reference ${g}`, pos);
    if ((this.flags & F_I) === 0 && this.jsIgnoreCase) {
      // "(?i)" decided JS case folding, but the pattern's flags say otherwise (cannot happen)
      this.jsIgnoreCase = false;
    }
    return p.js;
  }
}

function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), '\\' + q) + q;
}

interface Program {
  search: RegExp;
  sticky: RegExp;
  full: RegExp;
  groups: number;
  /** sticky, and the match may not be empty (CPython's must_advance after an empty match) */
  nonEmpty: RegExp | null;
  source: string;
}

const programs: Program[] = [];
const programIndex = new Map<string, number>();

/** translate(pattern: str, flags: int, isbytes: bool) ->
 *    (program: int, flags: int, groups: int, names: tuple[(name, index)...], parents: tuple[int...])  or  (None, message, pos) */
function translateFn(args: PyObject[], kw: string[] | null): PyObject {
  checkArity('translate', args, kw, 3, 3);
  if (!isStr(args[0])) raiseTypeError('translate: pattern must be a str');
  const source = args[0].value as string;
  const flags = Number(args[1].value);
  const isBytes = args[2].value !== 0 && args[2].value !== false && args[2] !== None && Number(args[2].value) !== 0;
  let tr: Translator;
  let js: string;
  try {
    tr = new Translator(source, flags, isBytes);
    js = tr.translate();
  } catch (e) {
    if (!(e instanceof ReError)) throw e;
    return newTupleSteal([none(), newStr(e.msg), e.pos === null ? none() : newInt(e.pos)]);
  }
  const jsFlags = 'v' + (tr.jsIgnoreCase ? 'i' : '');
  const key = `${jsFlags}/${js}`;
  let idx = programIndex.get(key);
  if (idx === undefined) {
    let search: RegExp;
    try {
      search = new RegExp(js, jsFlags + 'dg');
    } catch (e) {
      return newTupleSteal([none(), newStr(`pyheap cannot translate this pattern to JavaScript: ${(e as Error).message}`), none()]);
    }
    const ne = tr.mayRetryEmpty
      ? new RegExp(`(?=(?<rest>[\\s\\S]*))(?:${js})(?!\\k<rest>(?![\\s\\S]))`, jsFlags + 'dy') : null;
    programs.push({
      search, sticky: new RegExp(js, jsFlags + 'dy'), full: new RegExp(`(?:${js})(?![\\s\\S])`, jsFlags + 'dy'),
      groups: tr.groupWidths.length - 1, nonEmpty: ne, source: js,
    });
    idx = programs.length - 1;
    programIndex.set(key, idx);
  }
  const names = [...tr.groupNames].map(([n, g]) => newTupleSteal([newStr(n), newInt(g)]));
  return newTupleSteal([newInt(idx), newInt(tr.flags), newInt(tr.groupWidths.length - 1), newTupleSteal(names),
    newTupleSteal(tr.groupParents.map((g) => newInt(g)))]);
}

/** exec(program, string, pos, endpos, mode) -> None or a tuple (start0, end0, start1, end1, ...)
 *  mode 0 search, 1 match, 2 fullmatch, 3 search where an empty match at pos is not allowed */
function execFn(args: PyObject[], kw: string[] | null): PyObject {
  checkArity('exec', args, kw, 5, 5);
  const subject = new Subject(args[1].value as string, Number(args[2].value), Number(args[3].value));
  const prog = programs[Number(args[0].value)];
  const m = runOnce(prog, subject, subject.upos, Number(args[4].value));
  return m === null ? none() : spansTuple(prog, subject, m);
}

/** all(program, string, pos, endpos, limit) -> list of span tuples: every match from pos on, left
 *  to right, with CPython's rule for empty matches (as Pattern._spans does one exec at a time);
 *  limit > 0 stops after that many */
function allFn(args: PyObject[], kw: string[] | null): PyObject {
  checkArity('all', args, kw, 5, 5);
  const subject = new Subject(args[1].value as string, Number(args[2].value), Number(args[3].value));
  const prog = programs[Number(args[0].value)];
  const limit = Number(args[4].value);
  const out: PyObject[] = [];
  let upos = subject.upos;
  let mode = 0;
  while (upos <= subject.text.length && (limit <= 0 || out.length < limit)) {
    const m = runOnce(prog, subject, upos, mode);
    if (m === null) break;
    out.push(spansTuple(prog, subject, m));
    const end = m.index + m[0].length;
    mode = m[0].length === 0 ? 3 : 0;
    upos = end;
  }
  return newListSteal(out);
}

/** a subject string cut at endpos, with code point <-> UTF-16 conversions when it needs them */
class Subject {
  readonly astral: boolean;
  readonly text: string;
  readonly upos: number;
  private cpOfUnit: Int32Array | null = null;
  constructor(readonly s: string, pos: number, endpos: number) {
    this.astral = /[\ud800-\udfff]/.test(s);
    this.upos = this.astral ? cpToUnit(s, pos) : pos;
    const uend = this.astral ? cpToUnit(s, endpos) : endpos;
    this.text = uend < s.length ? s.slice(0, uend) : s;
  }
  toCp(u: number): number {
    if (!this.astral) return u;
    if (this.cpOfUnit === null) {
      const s = this.s;
      const map = new Int32Array(s.length + 1);
      let n = 0;
      for (let i = 0; i < s.length; i++) {
        map[i] = n;
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) map[++i] = n;
        n++;
      }
      map[s.length] = n;
      this.cpOfUnit = map;
    }
    return this.cpOfUnit[u];
  }
}

/** one search (mode 0), match (1), fullmatch (2), or search refusing an empty match at upos (3) */
function runOnce(prog: Program, subject: Subject, upos: number, mode: number): RegExpExecArray | null {
  const text = subject.text;
  if (mode === 3) {
    let m: RegExpExecArray | null = null;
    if (prog.nonEmpty !== null) {
      prog.nonEmpty.lastIndex = upos;
      m = prog.nonEmpty.exec(text);
    }
    if (m !== null) return m;
    if (upos >= text.length) return null;
    const c = text.charCodeAt(upos);
    prog.search.lastIndex = upos + (subject.astral && c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    return prog.search.exec(text);
  }
  const re = mode === 0 ? prog.search : mode === 1 ? prog.sticky : prog.full;
  re.lastIndex = upos;
  return re.exec(text);
}

function spansTuple(prog: Program, subject: Subject, m: RegExpExecArray): PyObject {
  const out: PyObject[] = [newInt(subject.toCp(m.index)), newInt(subject.toCp(m.index + m[0].length))];
  const groups = (m as RegExpExecArray & { indices: { groups?: Record<string, [number, number] | undefined> } }).indices.groups;
  for (let g = 1; g <= prog.groups; g++) {
    const span = groups === undefined ? undefined : groups['g' + g];
    if (span === undefined) out.push(newInt(-1), newInt(-1));
    else out.push(newInt(subject.toCp(span[0])), newInt(subject.toCp(span[1])));
  }
  return newTupleSteal(out);
}

export function makeJsreModule(): PyObject {
  const m = newModule('_jsre', None);
  const fns: [string, (a: PyObject[], k: string[] | null) => PyObject][] = [
    ['translate', translateFn],
    ['exec', execFn],
    ['all', allFn],
  ];
  for (const [name, fn] of fns) {
    const f = newBuiltinFunction(name, fn, '_jsre');
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}


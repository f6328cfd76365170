// LAYER: runtime (beside imports.ts). Compiled code for pyheap's own library (lib/), made once at
// build time, so that `import collections` does not tokenize, parse and compile ~2,000 lines
// at every start (CPython's __pycache__/*.pyc, for the modules we ship).
//
//   npm run build -> scripts/lib-cache.js -> writeLibCache(): every lib/**/*.py compiled by the
//   bundle's own compiler, serialised (compiler/marshal.ts), checked to load back identical, and
//   written to dist/lib-code.bin:
//
//     u32 length of the header | header JSON | the modules' blobs one after another
//     header = { marshal: format version, bundle: { size, mtimeMs } of the bundle that wrote it,
//                modules: { "collections/__init__.py": [sha1 of the source, offset, length] } }
//
//   import -> libUnit(file, source): the cached CodeUnit, used only when all of these hold
//     - the running code is the very bundle that wrote the cache (same file, size and mtime:
//       a rebuild, or running the unbundled tsc output, bypasses the cache);
//     - the marshal format version matches;
//     - the file is inside lib/ and its source text has the SHA-1 recorded (an edited lib file
//       is compiled afresh);
//   otherwise the module is compiled as before. Modules whose compile printed a warning are not
//   cached (the warning would not be shown again). PYHEAP_CODE_CACHE=0 turns the cache off;
//   PYHEAP_CODE_CACHE=verbose reports each module taken from it or compiled (on stderr).
//
// The file is opened once and each module's blob is read when that module is first imported.

import { closeSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type CodeUnit, type ConstValue, type WarningSink } from './compiler/index.js';
import { dumpModule, loadModule, moduleDifference, MARSHAL_VERSION } from './compiler/marshal.js';
import { parse } from './parser/parser.js';
import { validate } from './parser/validate.js';
import { isFile, libDirectory } from './imports.js';
import { crypto } from './lazynode.js';
import type * as ast from './parser/ast.js';
import { CompileRecursionError, ParserStackError } from './compiler/syntaxerror.js';
import { isJsStackOverflow } from './objects/errors.js';

export const LIB_CACHE_NAME = 'lib-code.bin';

/**
 * source -> CodeUnit exactly as the runtime compiles a file, module or string (astConstants:
 * see compiler/arena.ts; imports, hence the cache, do without)
 */
export function compileToUnit(source: string, filename: string, mode: 'exec' | 'eval' | 'single', warn?: WarningSink,
  astConstants?: ConstValue[], recursion?: { depth: number; limit: number }, optimize = 0): CodeUnit {
  let tree: ast.mod;
  try {
    tree = parse(source, filename, mode, { fromFile: !filename.startsWith('<') && isFile(filename) });
  } catch (e) {
    throw isJsStackOverflow(e) ? new ParserStackError() : e;
  }
  try {
    validate(tree, filename, source);
    return compile(tree, filename, mode, { source, warn, astConstants, recursion, optimize });
  } catch (e) {
    // (the JS stack holds ~20,000 levels of these passes: far past 3 x any recursion limit a
    // program compiles under, where CPython's AST optimizer stops first)
    throw isJsStackOverflow(e) ? new CompileRecursionError() : e;
  }
}

const sha1 = (text: string): string => crypto().createHash('sha1').update(text).digest('hex');

/** the file holding the running code (dist/pyheap.cjs in the bundle) */
function runningFile(): string {
  return fileURLToPath(import.meta.url);
}

function identity(file: string): { size: number; mtimeMs: number } {
  const st = statSync(file);
  return { size: st.size, mtimeMs: st.mtimeMs };
}

interface Header {
  marshal: number;
  bundle: { size: number; mtimeMs: number };
  modules: Record<string, [string, number, number]>;
}

function* pythonFiles(dir: string, rel = ''): Generator<string> {
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) yield* pythonFiles(dir, r);
    else if (entry.isFile() && entry.name.endsWith('.py')) yield r;
  }
}

/**
 * Build step: compile every lib/**.py, check each blob loads back identical to the compiler's
 * output, and write the cache next to the running bundle. Returns what it did.
 */
export function writeLibCache(): { cached: string[]; skipped: string[] } {
  const lib = libDirectory();
  const modules: Header['modules'] = {};
  const blobs: Uint8Array[] = [];
  const cached: string[] = [], skipped: string[] = [];
  let offset = 0;
  for (const rel of pythonFiles(lib)) {
    const file = path.join(lib, rel);
    const source = readFileSync(file, 'utf8');
    let warned = false;
    let unit: CodeUnit;
    try {
      unit = compileToUnit(source, file, 'exec', () => { warned = true; });
    } catch {
      skipped.push(`${rel} (does not compile)`);
      continue;
    }
    if (warned) {
      skipped.push(`${rel} (its compile warns)`);
      continue;
    }
    const blob = dumpModule(unit);
    const diff = moduleDifference(unit, loadModule(blob, file));
    if (diff !== null) throw new Error(`lib code cache: ${rel} does not load back as compiled: ${diff}`);
    modules[rel] = [sha1(source), offset, blob.length];
    blobs.push(blob);
    offset += blob.length;
    cached.push(rel);
  }
  const header: Header = { marshal: MARSHAL_VERSION, bundle: identity(runningFile()), modules };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(4 + headerBytes.length + offset);
  new DataView(out.buffer).setUint32(0, headerBytes.length, true);
  out.set(headerBytes, 4);
  let at = 4 + headerBytes.length;
  for (const b of blobs) { out.set(b, at); at += b.length; }
  const target = path.join(path.dirname(runningFile()), LIB_CACHE_NAME);
  writeFileSync(target + '.tmp', out);
  renameSync(target + '.tmp', target); // a running pyheap keeps reading the file it opened
  return { cached, skipped };
}

/** PYHEAP_CODE_CACHE, read when the cache is first needed (not when this module loads) */
const mode = (): string | undefined => process.env.PYHEAP_CODE_CACHE;
const verbose = (): boolean => mode() === 'verbose';

/** an opened cache file, valid for one build of pyheap */
export class LibCodeCache {
  private constructor(private readonly fd: number, private readonly header: Header, private readonly dataAt: number,
    private readonly lib: string) {}

  /**
   * The cache in `cacheFile` if it was written by the build whose bundle is `codeFile` (same size
   * and mtime) in this marshal format, for the library directory `lib`; otherwise null.
   */
  static open(cacheFile: string, codeFile: string, lib: string): LibCodeCache | null {
    let fd: number;
    try {
      fd = openSync(cacheFile, 'r');
    } catch {
      return null;
    }
    try {
      const len = Buffer.alloc(4);
      if (readSync(fd, len, 0, 4, 0) !== 4) throw new Error('short');
      const headerBytes = Buffer.alloc(len.readUInt32LE(0));
      if (readSync(fd, headerBytes, 0, headerBytes.length, 4) !== headerBytes.length) throw new Error('short');
      const header = JSON.parse(headerBytes.toString('utf8')) as Header;
      const mine = identity(codeFile);
      if (header.marshal !== MARSHAL_VERSION || header.bundle.size !== mine.size || header.bundle.mtimeMs !== mine.mtimeMs) {
        if (verbose()) process.stderr.write(`# ${cacheFile} was written by another build: not used\n`);
        closeSync(fd);
        return null;
      }
      return new LibCodeCache(fd, header, 4 + headerBytes.length, lib);
    } catch {
      closeSync(fd);
      return null;
    }
  }

  /** the library files it holds, relative to lib/ with '/' separators */
  modules(): string[] {
    return Object.keys(this.header.modules);
  }

  /** the cached code of `file` (a path inside lib/) whose text is `source`, or null */
  unit(file: string, source: string): CodeUnit | null {
    const rel = path.relative(this.lib, file).split(path.sep).join('/');
    const entry = this.header.modules[rel];
    if (entry === undefined || entry[0] !== sha1(source)) {
      if (verbose() && !rel.startsWith('..')) process.stderr.write(`# ${file}: compiled (not in the cache or changed)\n`);
      return null;
    }
    try {
      const blob = Buffer.alloc(entry[2]);
      if (readSync(this.fd, blob, 0, entry[2], this.dataAt + entry[1]) !== entry[2]) return null;
      const unit = loadModule(blob, file);
      if (verbose()) process.stderr.write(`# code object from ${LIB_CACHE_NAME} for ${file}\n`);
      return unit;
    } catch {
      return null;
    }
  }
}

/** the cache next to the running bundle, opened at the first import; null = none usable */
let cache: LibCodeCache | null | undefined;

/** the cached code of lib file `file` whose text is `source`, or null (compile it then) */
export function libUnit(file: string, source: string): CodeUnit | null {
  if (cache === undefined) {
    const me = runningFile();
    cache = mode() === '0' || mode() === 'off' ? null : LibCodeCache.open(path.join(path.dirname(me), LIB_CACHE_NAME), me, libDirectory());
  }
  return cache === null ? null : cache.unit(file, source);
}

// LAYER: tools. Graphviz offline: DOT text rendered by a WebAssembly build of Graphviz
// (@viz-js/viz, whose wasm is embedded in its JS: nothing is downloaded) to SVG or any other
// format Graphviz's own writers produce, and PNG drawn from that SVG by resvg (@resvg/resvg-wasm,
// its .wasm shipped in the package) with a TrueType font found on the machine (DejaVu Sans or
// Liberation Sans; without one, the PNG has no text).
//
// Used by bin/pyheap-dot.js, a `dot`-compatible command (`-Tformat -ofile [file.dot]`), which
// objgraph (lib/objgraph.py) runs as objgraph runs Graphviz's dot, and by the trace report
// (`--json-batch`: many graphs in one process).

import fs from 'node:fs';
import { createRequire } from 'node:module';

const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
];

export class RenderError extends Error {}

type Viz = { renderString(src: string, opts: { format: string; engine?: string }): string; formats: string[] };
let vizPromise: Promise<Viz> | null = null;

async function viz(): Promise<Viz> {
  if (vizPromise === null) {
    vizPromise = import('@viz-js/viz').then((m: any) => m.instance() as Promise<Viz>);
  }
  return vizPromise;
}

let resvgReady: Promise<any> | null = null;

async function resvg(): Promise<any> {
  if (resvgReady === null) {
    resvgReady = (async () => {
      const m: any = await import('@resvg/resvg-wasm');
      const wasmPath = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
      await m.initWasm(fs.readFileSync(wasmPath));
      return m;
    })();
  }
  return resvgReady;
}

/** The formats render() accepts: Graphviz's (svg, dot, xdot, json, plain, ...) and png. */
export async function formats(): Promise<string[]> {
  return [...(await viz()).formats, 'png'];
}

/** Render DOT source to `format` (string for text formats, bytes for png). */
export async function render(dot: string, format: string, engine = 'dot'): Promise<string | Uint8Array> {
  const v = await viz();
  if (format === 'png') {
    const svg = v.renderString(dot, { format: 'svg', engine });
    const m = await resvg();
    const fontFile = FONT_CANDIDATES.find((f) => fs.existsSync(f));
    const fontBuffers = fontFile ? [fs.readFileSync(fontFile)] : [];
    const family = fontFile ? (fontFile.includes('Liberation') ? 'Liberation Sans' : 'DejaVu Sans') : undefined;
    const r = new m.Resvg(svg, {
      font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: family, serifFamily: family, sansSerifFamily: family },
      background: 'white',
    });
    return r.render().asPng();
  }
  if (!v.formats.includes(format)) throw new RenderError(`Format: "${format}" not recognized. Use one of: ${[...v.formats, 'png'].join(' ')}`);
  try {
    return v.renderString(dot, { format, engine });
  } catch (e) {
    throw new RenderError(String((e as Error).message ?? e));
  }
}

/**
 * `pyheap-dot --json-batch -T<format>`: stdin is a JSON array of DOT sources, stdout a JSON array
 * of the rendered texts (null for a graph that failed). One process for many graphs: `pyheap
 * trace` draws all of its report's graphs this way.
 */
async function batchMain(argv: string[]): Promise<number> {
  const format = (argv.find((a) => a.startsWith('-T')) ?? '-Tsvg').slice(2);
  const sources = JSON.parse(fs.readFileSync(0, 'utf8')) as string[];
  const out: (string | null)[] = [];
  for (const src of sources) {
    try {
      const r = await render(src, format);
      out.push(typeof r === 'string' ? r : Buffer.from(r).toString('base64'));
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      out.push(null);
    }
  }
  process.stdout.write(JSON.stringify(out));
  return 0;
}

/**
 * The `dot` command line: -T<format> (default dot), -o<file> or -o <file>, -K<engine>, then the
 * input file (stdin when none). Returns the exit status; messages go to stderr as dot's do.
 */
export async function dotMain(argv: string[]): Promise<number> {
  if (argv[0] === '--json-batch') return batchMain(argv.slice(1));
  let format = 'dot';
  let outFile: string | null = null;
  let engine = 'dot';
  let input: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('-T')) format = a.slice(2).split(':')[0];
    else if (a === '-o') outFile = argv[++i] ?? null;
    else if (a.startsWith('-o')) outFile = a.slice(2);
    else if (a.startsWith('-K')) engine = a.slice(2);
    else if (a === '-V') { process.stderr.write('dot - graphviz (pyheap-dot: @viz-js/viz WebAssembly)\n'); return 0; }
    else if (a.startsWith('-')) { process.stderr.write(`pyheap-dot: option ${a} unrecognized\n`); return 1; }
    else input = a;
  }
  let src: string;
  try {
    src = fs.readFileSync(input ?? 0, 'utf8');
  } catch (e) {
    process.stderr.write(`Error: ${input}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : (e as Error).message}\n`);
    return 2;
  }
  let out: string | Uint8Array;
  try {
    out = await render(src, format, engine);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
  if (outFile) fs.writeFileSync(outFile, out);
  else process.stdout.write(out);
  return 0;
}

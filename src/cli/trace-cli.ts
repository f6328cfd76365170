// LAYER: cli. `pyheap trace [-o REPORT.html] FILE.py [args]`: run the program under the trace
// recorder (tools/trace.ts) and write the HTML report (tools/trace-report.ts); the terminal gets a
// progress line while it runs (when stderr is a terminal, trace-progress.ts) and a short summary
// with the report's path at the end. The exports: --heapsnapshot FILE (tools/heapsnapshot.ts: the
// heap when the main code has finished, before the shutdown teardown) and --trace-events FILE
// (tools/traceevents.ts).

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { prepareMain, runInMain, finalize, rt, rootsForAudit, dictPairs } from '../runtime.js';
import { TraceRecorder } from '../tools/trace.js';
import type { Root } from '../tools/trace-retainers.js';
import { writeReport } from '../tools/trace-report.js';
import { dotCommand } from '../modules/pyheap_graphviz.js';
import { ProgressLine } from './trace-progress.js';
import { writeHeapSnapshot } from '../tools/heapsnapshot.js';
import { TraceEventRecorder } from '../tools/traceevents.js';
import { auditOn } from '../memory/audit.js';

const USAGE = 'usage: pyheap trace [-o REPORT.html] [--heapsnapshot FILE] [--trace-events FILE] FILE.py [args]\n';

export const TRACE_HELP = `${USAGE}
Runs FILE.py and writes a self-contained HTML report of its memory (timeline, collections,
allocation sites, arena map). Options (before FILE.py):
-o REPORT.html          : where to write the report (default: FILE.pyheap-trace.html here)
--heapsnapshot FILE     : also write the heap as it is when the main code has finished (before
                          the shutdown teardown) in Chrome DevTools' heap snapshot format: open it
                          in DevTools' Memory tab (Load); objects by type, references by name
--trace-events FILE     : also write the collections (slices with generation, collected,
                          uncollectable) and the memory figures (counters) in the Chrome trace
                          event format, for Perfetto (ui.perfetto.dev) or chrome://tracing
-h, --help              : print this help message and exit
`;

/** The roots the "alive at exit" chains start from: each module by name (__main__ first), then the runtime's own. */
function traceRoots(): Root[] {
  const modules: Root[] = [];
  for (const [k, v] of dictPairs(rt.modules!)) {
    const name = typeof k.value === 'string' ? k.value : '?';
    modules.push({ obj: v, what: `module ${name}` });
  }
  modules.sort((a, b) => Number(b.what === 'module __main__') - Number(a.what === 'module __main__'));
  const others: Root[] = [];
  rootsForAudit((obj, what) => { if (obj !== null && obj !== undefined) others.push({ obj, what }); });
  return [...modules, ...others];
}

export function traceCommand(argv: string[]): number {
  let out: string | null = null;
  let heapSnapshot: string | null = null;
  let traceEvents: string | null = null;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    const valued = (name: string): string | null | undefined => {
      if (a === name) return i + 1 < argv.length ? argv[++i] : null;
      if (a.startsWith(name + '=')) return a.slice(name.length + 1);
      return undefined;
    };
    if (a === '-h' || a === '--help') {
      process.stdout.write(TRACE_HELP);
      return 0;
    }
    const hs = valued('--heapsnapshot'), te = valued('--trace-events');
    if (hs === null || te === null) {
      process.stderr.write(`pyheap trace: ${a} needs a file name\n` + USAGE);
      return 2;
    }
    if (hs !== undefined) heapSnapshot = hs;
    else if (te !== undefined) traceEvents = te;
    else if (a === '-o' && i + 1 < argv.length) out = argv[++i];
    else if (a.startsWith('-o') && a.length > 2) out = a.slice(2);
    else break;
  }
  const script = argv[i];
  if (script === undefined || script.startsWith('-')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = path.resolve(script);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`pyheap: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const report = path.resolve(out ?? `${path.basename(script, '.py')}.pyheap-trace.html`);
  const progress = process.stderr.isTTY === true ? new ProgressLine(process.stderr) : null;
  const rec = new TraceRecorder(progress === null ? null : (p) => progress.update(p));
  prepareMain([script, ...argv.slice(i + 1)], path.dirname(file), file);
  const events = traceEvents !== null ? new TraceEventRecorder(script) : null;
  events?.start();
  rec.start();
  const result = runInMain(source, file, 'exec', false);
  let status = result.exitStatus ?? (result.raised ? 1 : 0);
  rec.programFinished(traceRoots());
  events?.mainFinished();
  const tty = progress !== null;
  let snapshotNote = '';
  // an export that cannot be written is reported, and the run fails (the program still ran)
  const exporting = (what: string, file: string, write: () => void): boolean => {
    try {
      write();
      return true;
    } catch (e) {
      const reason = e instanceof Error && 'code' in e ? `${(e as NodeJS.ErrnoException).code}: ${e.message}` : String(e);
      process.stderr.write(`${tty ? '\r\x1b[K' : ''}pyheap trace: can't write the ${what} to '${file}' (${reason})\n`);
      if (status === 0) status = 1;
      return false;
    }
  };
  if (heapSnapshot !== null) {
    const snapFile = path.resolve(heapSnapshot);
    if (tty) process.stderr.write('\r\x1b[Kpyheap trace: writing the heap snapshot...');
    exporting('heap snapshot', snapFile, () => {
      // the runtime's own roots are registered already when the audit is on (cli/audit-cli.ts)
      const counts = writeHeapSnapshot(snapFile, auditOn.value ? null : rootsForAudit);
      snapshotNote = `; heap snapshot (${counts.nodes} nodes, ${counts.edges} edges) written to ${snapFile}`;
    });
  }
  status = finalize(status);
  rec.finish();
  events?.finish();
  if (events !== null && !exporting('trace events', path.resolve(traceEvents!), () => events.write(path.resolve(traceEvents!)))) {
    traceEvents = null;
  }
  if (progress !== null) progress.done();
  const programDir = path.dirname(file) + path.sep;
  const libDir = path.join(path.dirname(path.dirname(dotCommand())), 'lib') + path.sep;
  writeReport(rec, { program: script, status,
    isProgramSite: (where) => where.startsWith(programDir) && !where.startsWith(libDir) }, report);
  const peak = Math.max(...rec.samples.map((s) => s.rss));
  const found = rec.garbage.total;
  const kept = rec.liveGroups.filter((g) => g.chain !== null && g.chain[0] === 'module __main__' && rec.siteWhere[g.site].startsWith(programDir))
    .reduce((a, g) => a + g.count, 0);
  process.stderr.write(`pyheap trace: ${rec.collections.length} collections, ${found} objects freed as cyclic garbage` +
    `${found > 0 ? ` (${rec.garbage.groups.size} groups by type and line)` : ''}, ${kept} containers from the program's lines kept alive by __main__ at exit; ` +
    `peak modelled RSS ${(peak / 1048576).toFixed(1)} MiB\npyheap trace: report written to ${report}${snapshotNote}` +
    (traceEvents !== null ? `; trace events written to ${path.resolve(traceEvents)}` : '') + '\n');
  return status;
}

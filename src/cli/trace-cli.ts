// LAYER: cli. `pyheap trace [-o REPORT.html] FILE.py [args]`: run the program under the trace
// recorder (tools/trace.ts) and write the HTML report (tools/trace-report.ts); the terminal gets a
// progress line while it runs (when stderr is a terminal, trace-progress.ts) and a short summary
// with the report's path at the end.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { prepareMain, runInMain, finalize, rt, rootsForAudit, dictPairs } from '../runtime.js';
import { TraceRecorder } from '../tools/trace.js';
import type { Root } from '../tools/trace-retainers.js';
import { writeReport } from '../tools/trace-report.js';
import { dotCommand } from '../modules/pyheap_graphviz.js';
import { ProgressLine } from './trace-progress.js';

const USAGE = 'usage: pyheap trace [-o REPORT.html] FILE.py [args]\n';

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
  let i = 0;
  for (; i < argv.length; i++) {
    if (argv[i] === '-o' && i + 1 < argv.length) out = argv[++i];
    else if (argv[i].startsWith('-o') && argv[i].length > 2) out = argv[i].slice(2);
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
  rec.start();
  const result = runInMain(source, file, 'exec', false);
  let status = result.exitStatus ?? (result.raised ? 1 : 0);
  rec.programFinished(traceRoots());
  status = finalize(status);
  rec.finish();
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
    `peak modelled RSS ${(peak / 1048576).toFixed(1)} MiB\npyheap trace: report written to ${report}\n`);
  return status;
}

// LAYER: cli. `pyheap trace [-o REPORT.html] FILE.py [args]`: run the program under the trace
// recorder (tools/trace.ts) and write the HTML report; the terminal gets a progress line while it
// runs (when stderr is a terminal) and a short summary with the report's path at the end.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { prepareMain, runInMain, finalize } from '../runtime.js';
import { TraceRecorder, writeReport } from '../tools/trace.js';

const USAGE = 'usage: pyheap trace [-o REPORT.html] FILE.py [args]\n';

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
  const tty = process.stderr.isTTY === true;
  let lastShown = 0;
  const rec = new TraceRecorder(tty ? (events) => {
    const now = Date.now();
    if (now - lastShown > 200) {
      lastShown = now;
      process.stderr.write(`\rpyheap trace: ${events} memory events...`);
    }
  } : null);
  prepareMain([script, ...argv.slice(i + 1)], path.dirname(file), file);
  rec.start();
  const result = runInMain(source, file, 'exec', false);
  let status = result.exitStatus ?? (result.raised ? 1 : 0);
  status = finalize(status);
  rec.finish();
  if (tty) process.stderr.write('\r\x1b[K');
  writeReport(rec, script, status, report);
  const peak = Math.max(...rec.samples.map((s) => s.rss));
  process.stderr.write(`pyheap trace: ${rec.collections.length} collections, peak modelled RSS ` +
    `${(peak / 1048576).toFixed(1)} MiB; report written to ${report}\n`);
  return status;
}

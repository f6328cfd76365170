// LAYER: cli. The `pyheap` command, behaving like python3's: `pyheap FILE [args]`, `-c CMD`,
// `-m MODULE`, `-` or no file (the program is stdin: the interactive prompt when stdin is a
// terminal, else the whole of stdin run as a script), `-i` (the prompt after the program), `-q`,
// `-V`, `--help`, and pyheap's `--dis FILE`. Exit status: the program's (1 on an uncaught
// exception, death by SIGINT on an uncaught KeyboardInterrupt), 2 on a bad command line.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  prepareMain, runInMain, runModuleAsMain, finalize, disassembleSource, readStdinAll, writeStderr, RunResult, setCommandLineFlags,
  endedByKeyboardInterrupt,
} from '../runtime.js';
import { enableAuditFromEnv, auditAtExit } from './audit-cli.js';
import { parseCommandLine, UsageError, USAGE_LINE, HELP, PROG, Options } from './options.js';
import { ReplSession, runReplFromPipe, runReplOnTerminal } from './repl.js';
import { banner, pyheapVersion } from './banner.js';
import { traceCommand } from './trace-cli.js';
import { isJsStackOverflow } from '../objects/errors.js';
import { restoreLauncherEnv } from './launchenv.js';

export function main(argv: string[]): void {
  restoreLauncherEnv();
  guard(() => {
    const result = run(argv);
    if (typeof result === 'number') process.exitCode = result;
    else result.then((status) => { process.exitCode = status; }, (e) => guard(() => { throw e; }));
  });
}

/** Never a JS stack trace for the user: an escaped JS error is a pyheap bug, reported the way
 *  CPython reports its own internal errors (PYHEAP_DEBUG=1 shows the JS stack). */
function guard(body: () => void): void {
  try {
    body();
  } catch (e: any) {
    const msg = isJsStackOverflow(e)
      ? 'RecursionError: maximum recursion depth exceeded'
      : `SystemError: pyheap internal error: ${e?.message ?? e}`;
    process.stderr.write(`${msg}\n`);
    if (process.env.PYHEAP_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    process.exitCode = 1;
  }
}

function run(argv: string[]): number | Promise<number> {
  if (argv[0] === 'trace') return traceCommand(argv.slice(1));
  let o: Options;
  try {
    o = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE_LINE}\nTry \`${PROG} -h' for more information.\n`);
    return 2;
  }
  if (o.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (o.version > 0) {
    process.stdout.write(o.version > 1 ? `Python 3.11.7 (pyheap ${pyheapVersion()}, Python 3.11-compatible) [Node.js ${process.version}]\n` : 'Python 3.11.7\n');
    return 0;
  }
  if (o.dis !== null) return disassembleFile(o.dis);
  enableAuditFromEnv();
  setCommandLineFlags(o);

  let status = 0;
  let promptNext = o.inspect; // -i: the prompt after the program
  let result: RunResult | null = null;
  if (o.command !== null) {
    prepareMain(['-c', ...o.args], '', null);
    result = runInMain(o.command, '<string>', 'exec', o.inspect);
  } else if (o.module !== null) {
    const r = runModuleAsMain(o.module, o.args, PROG, o.inspect);
    if (!r.ran) return exit(r.status);
    result = r.result;
  } else if (o.script !== null && o.script !== '-') {
    const file = path.resolve(o.script);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e: any) {
      const why = e?.code === 'EISDIR' ? `can't find '__main__' module in '${o.script}'` : `can't open file '${file}': [Errno 2] No such file or directory`;
      process.stderr.write(`${PROG}: ${why}\n`);
      return 2;
    }
    // CPython 3.9+: the main script's __file__ and code filename are absolute; sys.argv[0] stays as typed
    prepareMain([o.script, ...o.args], path.dirname(file), file);
    result = runInMain(source, file, 'exec', o.inspect);
  } else {
    prepareMain([o.script ?? '', ...o.args], '', null);
    if (process.stdin.isTTY || o.inspect) {
      if (!o.quiet) writeStderr(banner());
      promptNext = true;
    } else {
      result = runInMain(readStdinAll(), '<stdin>', 'exec', false);
    }
  }
  if (result !== null) {
    if (result.exitStatus !== null) return exit(result.exitStatus); // SystemExit (never under -i)
    status = result.raised ? 1 : 0;
  }
  if (!promptNext) return exit(status);
  const session = new ReplSession();
  if (process.stdin.isTTY) return runReplOnTerminal(session).then(exit);
  return exit(runReplFromPipe(session));
}

function exit(status: number): number {
  const s = auditAtExit(finalize(status));
  return endedByKeyboardInterrupt() ? exitBySigint() : s;
}

/**
 * exit_sigint (Modules/main.c): a program ended by an uncaught KeyboardInterrupt ends by SIGINT
 * with its default action, so that its parent sees the signal (a shell shows status 130). Should
 * the signal not end the process (it was ignored when pyheap started), the status is 130.
 */
function exitBySigint(): number {
  process.removeAllListeners('SIGINT');
  try {
    process.kill(process.pid, 'SIGINT');
  } catch {
    // (no such signal here: the status alone)
  }
  return 130;
}

function disassembleFile(file: string): number {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`${PROG}: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  try {
    process.stdout.write(disassembleSource(source, file));
    return 0;
  } catch (e: any) {
    if (e !== null && typeof e === 'object' && 'msg' in e && 'kind' in e) {
      process.stderr.write(`  File "${e.filename}", line ${e.lineno}\n${e.kind}: ${e.msg}\n`);
      return 1;
    }
    throw e;
  }
}

// for the build (scripts/lib-cache.js): the compiled-module cache of lib/ is written by the bundle itself
export { writeLibCache } from '../codecache.js';
export { bootCore, warmUpForSnapshot } from '../runtime.js'; // run before the startup snapshot is saved (scripts/snapshot.js)

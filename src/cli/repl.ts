// LAYER: cli. The interactive prompt, as python3's: '>>> ' and '... ' (sys.ps1 / sys.ps2, written
// to stderr), each statement compiled in 'single' mode as "<stdin>" (so expression values are
// echoed by sys.displayhook and kept in `_`) with its lines numbered from 1, compound statements
// closed by an empty line, errors printed with their traceback and the session going on.
// SystemExit (exit(), quit(), sys.exit()) ends the session with its status; end of input (Ctrl-D)
// ends it with status 0 after a newline.
//
// Two drivers share the session: on a terminal, node:readline reads lines (line editing and
// history; Ctrl-C at the prompt prints KeyboardInterrupt and starts a fresh statement, Ctrl-C in
// running code raises KeyboardInterrupt there, see interrupt.ts); otherwise
// (`pyheap -i < file`) lines come synchronously from sys.stdin's own buffer, so that input() in
// the code reads the lines that follow it, as in CPython.

import { readline } from '../lazynode.js';
import { initPrompts, promptText, runInMain, readStdinRaw, writeStderr } from '../runtime.js';
import { inputState } from './incomplete.js';
import { startInterruptWatcher } from './interrupt.js';

const FILENAME = '<stdin>';

/** the statement being typed; feed() returns an exit status once the session must end */
export class ReplSession {
  private lines: string[] = [];

  constructor() { initPrompts(); }

  prompt(): string { return promptText(this.lines.length === 0 ? 'ps1' : 'ps2'); }

  /** forget a half-typed statement (Ctrl-C) */
  reset(): void { this.lines = []; }

  feed(line: string): number | null {
    this.lines.push(line.replace(/\r?\n$/, ''));
    const state = inputState(this.lines);
    if (state === 'empty') this.lines = [];
    if (state !== 'complete') return null;
    const source = this.lines.join('\n') + '\n';
    this.lines = [];
    return runInMain(source, FILENAME, 'single', false).exitStatus;
  }
}

/** sys.stdin is not a terminal: prompts on stderr, lines read synchronously; the exit status */
export function runReplFromPipe(session: ReplSession): number {
  for (;;) {
    writeStderr(session.prompt());
    const line = readStdinRaw();
    if (line === null) {
      writeStderr('\n');
      return 0;
    }
    const status = session.feed(line);
    if (status !== null) return status;
  }
}

/** stdin is a terminal: node:readline with history; resolves to the exit status */
export function runReplOnTerminal(session: ReplSession): Promise<number> {
  return new Promise((resolve) => {
    const output = process.stderr.isTTY ? process.stderr : process.stdout;
    const rl = readline().createInterface({ input: process.stdin, output, terminal: true, historySize: 1000 });
    const watcher = startInterruptWatcher(); // Ctrl-C inside running code
    let finished = false;
    const finish = (status: number): void => {
      if (finished) return;
      finished = true;
      watcher?.stop();
      rl.close();
      process.stdin.pause();
      resolve(status);
    };
    const ask = (): void => {
      rl.setPrompt(session.prompt());
      rl.prompt();
    };
    rl.on('line', (line) => {
      if (finished) return;
      // the code runs with the terminal in its normal (cooked) mode, so input() reads edited lines
      const stdin = process.stdin as NodeJS.ReadStream;
      if (stdin.isTTY) stdin.setRawMode(false);
      watcher?.drain();
      const status = session.feed(line);
      if (stdin.isTTY) stdin.setRawMode(true);
      if (status !== null) finish(status);
      else ask();
    });
    rl.on('SIGINT', () => {
      const r = rl as unknown as { line: string; cursor: number };
      r.line = '';
      r.cursor = 0;
      session.reset();
      output.write('\nKeyboardInterrupt\n');
      ask();
    });
    rl.on('close', () => {
      if (finished) return;
      output.write('\n');
      finish(0);
    });
    ask();
  });
}

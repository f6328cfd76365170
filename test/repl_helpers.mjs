// Helpers for test/unit/repl.test.mjs: run python3 and pyheap the same way (stdin from a pipe, or
// inside a pseudo-terminal hosted by test/pty_session.py) and normalise what can legitimately
// differ (the program name in usage lines, terminal control sequences and carriage returns).

import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PYHEAP = ['node', join(ROOT, 'bin', 'pyheap.js')];
export const PYTHON = ['python3'];

/** run argv with `input` on a pipe; pyheap runs with the refcount audit on */
export function runPiped(cmd, args, input, { cwd = ROOT, timeout = 60000 } = {}) {
  const env = { ...process.env, PYHEAP_AUDIT: '1', PYTHONSTARTUP: '' };
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { input, cwd, env, timeout, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: normaliseProgramName(r.stderr), status: r.status };
}

/** python3's messages name its executable; pyheap's name pyheap */
export function normaliseProgramName(text) {
  return text
    .replace(/^\S*python3(\.\d+)?(?=: |\s\[option\])/gm, 'PROG')
    .replace(/usage: \S*python3(\.\d+)? /g, 'usage: PROG ')
    .replace(/^pyheap(?=: )/gm, 'PROG')
    .replace(/usage: pyheap /g, 'usage: PROG ')
    .replace(/Try `(python|pyheap) -h'/g, "Try `PROG -h'");
}

/**
 * Type `lines` into argv running in a pseudo-terminal, each after the previous prompt; a line may be
 * {ctrl: 'c'} or {ctrl: 'd'}. Returns the terminal's text (control sequences and \r removed) and the
 * exit status (null if it did not exit).
 */
export function runPty(argv, lines, { timeout = 30 } = {}) {
  const job = JSON.stringify({ argv, lines, timeout });
  const r = spawnSync('python3', [join(ROOT, 'test', 'pty_session.py'), job], {
    encoding: 'utf8', timeout: (timeout + 10) * 1000 * 2, env: { ...process.env, PYHEAP_AUDIT: '1' },
  });
  if (r.status !== 0) throw new Error(`pty_session failed: ${r.stderr}`);
  const { output, status } = JSON.parse(r.stdout);
  return { text: cleanTerminal(output), status };
}

/** strip ANSI control sequences, bracketed-paste marks and carriage returns */
export function cleanTerminal(s) {
  return s.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]/g, '').replace(/\r+\n/g, '\n').replace(/\r/g, '');
}

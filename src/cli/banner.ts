// LAYER: cli. The two lines the interactive prompt starts with (python3's are its version and
// build, then how to get help); `-q` leaves them out.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { libDirectory } from '../imports.js';

/** pyheap's own version, from its package.json */
export function pyheapVersion(): string {
  try {
    return JSON.parse(readFileSync(path.join(path.dirname(libDirectory()), 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

export function banner(): string {
  return `pyheap ${pyheapVersion()} (Python 3.11-compatible, implements 3.11.7) [Node.js ${process.version}] on ${process.platform}\n`
    + 'Type "exit()" or Ctrl-D (i.e. EOF) to exit.\n';
}

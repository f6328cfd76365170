// LAYER: host. Node's built-in modules that only some runs need, loaded on their first use.
//
// A top-level `import ... from 'node:child_process'` is paid by every start of pyheap, whether
// the program ever spawns anything or not: child_process pulls in net, dgram and streams, crypto
// its dozen submodules, readline its own, about 40 ms of a 0.26 s `pyheap -c pass`. The few
// places that need them (os.urandom, random seeding, the lib code cache's hashes, graphviz
// rendering, the REPL, the Ctrl-C watcher, os._exit's look at stdout) call these getters instead; each module is required
// once, then served from Node's own module cache.

import { createRequire } from 'node:module';

type ChildProcess = typeof import('node:child_process');
type Crypto = typeof import('node:crypto');
type Os = typeof import('node:os');
type Readline = typeof import('node:readline');
type Tty = typeof import('node:tty');

const requireBuiltin = createRequire(import.meta.url);

export const childProcess = (): ChildProcess => requireBuiltin('node:child_process') as ChildProcess;
export const crypto = (): Crypto => requireBuiltin('node:crypto') as Crypto;
export const os = (): Os => requireBuiltin('node:os') as Os;
export const readline = (): Readline => requireBuiltin('node:readline') as Readline;
export const tty = (): Tty => requireBuiltin('node:tty') as Tty;

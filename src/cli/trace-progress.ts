// LAYER: cli. The progress line `pyheap trace` shows on stderr while a long program runs: only when
// stderr is a terminal, only after the first half second, at most four times a second. It is
// never mixed into the program's own output: the standard streams erase it before they write
// (objects/fileio.ts stdWriteHook), and the next update draws it again below that output.

import path from 'node:path';
import { stdWriteHook } from '../objects/fileio.js';
import type { Progress } from '../tools/trace.js';

export class ProgressLine {
  private shown = false;
  private lastDrawn = 0;
  private readonly t0 = Date.now();

  constructor(private readonly out: NodeJS.WriteStream) {
    stdWriteHook.before = () => this.erase();
  }

  update(p: Progress): void {
    const now = Date.now();
    if (now - this.t0 < 500 || now - this.lastDrawn < 250) return;
    this.lastDrawn = now;
    const i = p.where.lastIndexOf(':');
    const where = i < 0 ? p.where : path.basename(p.where.slice(0, i)) + p.where.slice(i);
    let text = `pyheap trace: ${((now - this.t0) / 1000).toFixed(1)} s, RSS ${(p.rss / 1048576).toFixed(1)} MiB, ` +
      `${p.collections} gc, line ${where}`;
    const width = this.out.columns || 80;
    if (text.length > width - 1) text = text.slice(0, width - 1);
    this.out.write(`\r${text}\x1b[K`);
    this.shown = true;
  }

  erase(): void {
    if (!this.shown) return;
    this.out.write('\r\x1b[K');
    this.shown = false;
  }

  done(): void {
    this.erase();
    stdWriteHook.before = null;
  }
}

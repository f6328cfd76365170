// LAYER: parser — stub (replaced below).
import type { mod } from './ast.js';
export function validate(_mod: mod, _filename: string): void {}

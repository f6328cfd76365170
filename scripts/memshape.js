// Judging programs that print memory figures (`*_mem.py`, see ../shared/seed-examples/README.md):
// their numbers differ between python3 and pyheap (and between machines), so stdout is compared
// by shape instead of byte for byte:
//
//   (every number in such output is a memory figure: print counts as words or booleans)
//   1. the text around the numbers is identical, line by line (same lines, same labels);
//   2. the k-th number of each line forms a series (series k); each step of a series (from one
//      line carrying a k-th number to the next) is a MOVE if its size is at least 10% of the
//      largest step of that series on the same side and at least 0.5% of the figure, else FLAT;
//   3. python3 and pyheap agree step by step: FLAT against FLAT, or moves in the same direction
//      whose sizes differ by at most 20% of python3's.
//
// So "memory rises after the allocation, falls after the free, stays up while a global or a
// cycle keeps the list" must hold on both sides, with rises and falls within 20% of CPython's.

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;
export const MOVE_FRACTION = 0.1;
export const FIGURE_FRACTION = 0.005;
export const TOLERANCE = 0.2;

function parse(text) {
  return text.split('\n').map((line) => ({
    skeleton: line.replace(NUMBER, '#'),
    numbers: (line.match(NUMBER) || []).map(Number),
  }));
}

function steps(lines, k) {
  const values = lines.filter((l) => l.numbers.length > k).map((l) => l.numbers[k]);
  const out = [];
  for (let i = 1; i < values.length; i++) out.push({ from: values[i - 1], delta: values[i] - values[i - 1] });
  return out;
}

function classify(series) {
  const largest = Math.max(0, ...series.map((s) => Math.abs(s.delta)));
  return series.map((s) => {
    const big = Math.abs(s.delta) >= MOVE_FRACTION * largest && Math.abs(s.delta) >= FIGURE_FRACTION * Math.abs(s.from);
    return big && s.delta !== 0 ? (s.delta > 0 ? 'up' : 'down') : 'flat';
  });
}

/** Compare two stdouts by shape; returns a list of problems (empty: same shape). */
export function compareMemoryShape(expected, actual) {
  const a = parse(expected);
  const b = parse(actual);
  if (a.length !== b.length) return [`${a.length} lines from python3, ${b.length} from pyheap`];
  const problems = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i].skeleton !== b[i].skeleton || a[i].numbers.length !== b[i].numbers.length) {
      problems.push(`line ${i + 1}: text differs: python3 "${a[i].skeleton}", pyheap "${b[i].skeleton}" (# = a number)`);
    }
  }
  if (problems.length) return problems;
  const width = Math.max(0, ...a.map((l) => l.numbers.length));
  for (let k = 0; k < width; k++) {
    const sa = steps(a, k);
    const sb = steps(b, k);
    const ca = classify(sa);
    const cb = classify(sb);
    for (let i = 0; i < sa.length; i++) {
      const where = `figure ${k + 1}, step ${i + 1}`;
      const da = sa[i].delta.toPrecision(4);
      const db = sb[i].delta.toPrecision(4);
      if (ca[i] !== cb[i]) {
        problems.push(`${where}: python3 ${ca[i]} (${da}), pyheap ${cb[i]} (${db})`);
      } else if (ca[i] !== 'flat' && Math.abs(sb[i].delta - sa[i].delta) > TOLERANCE * Math.abs(sa[i].delta)) {
        problems.push(`${where}: pyheap moves ${db}, python3 ${da}: more than ${TOLERANCE * 100}% apart`);
      }
    }
  }
  return problems;
}

/** Whether a program is judged by shape: its file name ends in `_mem.py`. */
export function isMemoryProgram(file) {
  return file.endsWith('_mem.py');
}

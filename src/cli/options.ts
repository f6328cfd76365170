// LAYER: cli. The command line, read the way CPython's Python/getopt.c reads it: short options
// may be grouped (`-qi`), an option's argument may be glued to it (`-cprint(1)`) or be the next
// word, `-c` and `-m` end the option list (everything after is sys.argv[1:]), the first word that
// is not an option is the script (the rest are its arguments), `-` means "the program is stdin",
// `--` ends the options. Errors are CPython's: "Unknown option: -z", "unknown option --foo",
// "Argument expected for the -c option", each followed by the usage line (exit status 2).

export const PROG = 'pyheap';
export const USAGE_LINE = `usage: ${PROG} [option] ... [-c cmd | -m mod | file | -] [arg] ...`;

export interface Options {
  command: string | null;    // -c
  module: string | null;     // -m
  script: string | null;     // a file, or '-' for stdin
  args: string[];            // sys.argv[1:]
  inspect: boolean;          // -i
  quiet: boolean;            // -q
  version: number;           // -V count
  help: boolean;             // -h, -?, --help
  dis: string | null;        // --dis FILE (pyheap's own)
  warnoptions: string[];     // -W arg ... (sys.warnoptions, read by the warnings module)
  xoptions: string[];        // -X opt ... (sys._xoptions)
  optimize: number;          // -O count (1: asserts removed, __debug__ False; 2: docstrings too)
  unbuffered: boolean;       // -u, or PYTHONUNBUFFERED set (unless -E or -I): what os._exit leaves written
}

/** a bad command line: the message CPython prints before the usage line */
export class UsageError extends Error {}

// Flags of CPython that pyheap accepts and ignores, so that command lines written for python3 keep
// working: -B (pyheap writes no .pyc anyway), -s/-S (it has no site module or user site directory),
// -E/-I (it reads no PYTHON* variables but PYTHONUNBUFFERED). -u, like PYTHONUNBUFFERED, only
// decides what standard output os._exit leaves written: pyheap's own buffering writes the same text.
const NO_EFFECT_FLAGS = 'BsS';
/** options whose argument ends the option list (-c, -m), and those that take one and go on (-W, -X) */
const TAKES_ARGUMENT = 'cm';
const TAKES_VALUE = 'WX';

export function parseCommandLine(argv: string[]): Options {
  const o: Options = {
    command: null, module: null, script: null, args: [], inspect: false, quiet: false, version: 0, help: false, dis: null,
    warnoptions: [], xoptions: [], optimize: 0, unbuffered: false,
  };
  let ignoreEnvironment = false;
  let i = 0;
  while (i < argv.length) {
    const word = argv[i];
    if (word === '--') { i++; break; }
    if (word === '-' || !word.startsWith('-')) break;
    i++;
    if (word.startsWith('--')) {
      if (word === '--help') o.help = true;
      else if (word === '--version') o.version++;
      else if (word === '--dis') {
        if (i >= argv.length) throw new UsageError('Argument expected for the --dis option');
        o.dis = argv[i++];
        return o;
      } else throw new UsageError(`unknown option ${word}`);
      continue;
    }
    for (let j = 1; j < word.length; j++) {
      const flag = word[j];
      if (TAKES_VALUE.includes(flag)) {
        let value = word.slice(j + 1);
        if (value === '') {
          if (i >= argv.length) throw new UsageError(`Argument expected for the -${flag} option`);
          value = argv[i++];
        }
        (flag === 'W' ? o.warnoptions : o.xoptions).push(value);
        break;
      }
      if (TAKES_ARGUMENT.includes(flag)) {
        let value = word.slice(j + 1);
        if (value === '') {
          if (i >= argv.length) throw new UsageError(`Argument expected for the -${flag} option`);
          value = argv[i++];
        }
        if (flag === 'c') o.command = value + '\n';
        else o.module = value;
        o.args = argv.slice(i);
        return withEnvironment(o, ignoreEnvironment);
      }
      if (flag === 'i') o.inspect = true;
      else if (flag === 'O') o.optimize++;
      else if (flag === 'q') o.quiet = true;
      else if (flag === 'u') o.unbuffered = true;
      else if (flag === 'E' || flag === 'I') ignoreEnvironment = true;
      else if (flag === 'V') o.version++;
      else if (flag === 'h' || flag === '?') o.help = true;
      else if (!NO_EFFECT_FLAGS.includes(flag)) throw new UsageError(`Unknown option: -${flag}`);
    }
  }
  if (i < argv.length) {
    o.script = argv[i];
    o.args = argv.slice(i + 1);
  }
  return withEnvironment(o, ignoreEnvironment);
}

/** PYTHONUNBUFFERED (any non-empty value) as -u, unless -E or -I */
function withEnvironment(o: Options, ignoreEnvironment: boolean): Options {
  if (!ignoreEnvironment && (process.env.PYTHONUNBUFFERED ?? '') !== '') o.unbuffered = true;
  return o;
}

export const HELP = `${USAGE_LINE}
Options (pyheap implements Python 3.11; these are python3's options it supports):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; -OO also removes docstrings
-q     : don't print version and copyright messages on interactive startup
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
-X opt : set implementation-specific option (sys._xoptions)
-u     : unbuffered stdout (what os._exit leaves written); also PYTHONUNBUFFERED=x
-E, -I : ignore PYTHON* environment variables (pyheap reads only PYTHONUNBUFFERED)
-B, -s, -S : accepted for compatibility with python3, ignored
--dis file : print the bytecode of file (like python3 -m dis) and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Commands (pyheap's own):
pyheap trace [-o REPORT.html] [--heapsnapshot FILE] [--trace-events FILE] file [arg] ...
         : run file and write an HTML report of its memory; --heapsnapshot also
         writes the heap at the end of the main code for Chrome DevTools' Memory
         tab, --trace-events the collections and memory figures for Perfetto
         (details: pyheap trace --help)

Environment variables (pyheap's own):
PYHEAP_AUDIT=1 : recompute every live object's reference count at exit and
         report each mismatch (a leak or an over-release)
PYHEAP_DEBUG=1 : show the JavaScript stack of a pyheap internal error
`;

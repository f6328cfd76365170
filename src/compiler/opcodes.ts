// LAYER: compiler <-> vm contract. The one opcode table: the compiler emits these, the VM executes
// them, the disassembler prints them. Nothing here imports any other layer.
//
// An instruction is one 32-bit word: `op | (arg << 8)` (arg is 0..2^23-1). Jump arguments are
// ABSOLUTE instruction indices. The set follows CPython 3.11's opcodes where they exist (same
// names, same stack layouts), so CPython's compile.c is the guide for codegen, with these changes:
//   * exception handling uses a RUNTIME BLOCK STACK (as CPython <= 3.10 did at run time) instead of
//     3.11's exception table: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH push a block, POP_BLOCK pops
//     it. These are exactly the pseudo-instructions 3.11's compile.c emits before assembly, so its
//     codegen carries over unchanged: every normal exit from a protected region runs POP_BLOCK.
//   * there is no PRECALL, RESUME, CACHE, EXTENDED_ARG, MAKE_CELL, COPY_FREE_VARS (the VM sets up
//     cells and free variables when it creates a frame), no JUMP_BACKWARD/FORWARD distinction.
//
// Stack notation: [before] -> [after], top of stack on the right. "NULL" is a real stack slot that
// holds the JS value `null` (3.11's NULL used by calls).

export interface OpInfo {
  readonly name: string;
  /** what the argument means: for the disassembler. */
  readonly arg: 'none' | 'const' | 'name' | 'local' | 'deref' | 'jump' | 'count' | 'binop' | 'cmp' | 'flags' | 'invert';
  /** net stack effect given the arg (jump taken / not taken differences are noted per op). */
  readonly effect: (arg: number) => number;
}

/**
 * The opcode numbers as a const enum: TypeScript inlines them as literals, so the VM's `switch` is
 * over constants (a jump table), not over imported bindings. `def` below checks each entry.
 */
export const enum Op {
  NOP = 0,
  POP_TOP = 1,
  PUSH_NULL = 2,
  COPY = 3,
  SWAP = 4,
  LOAD_CONST = 5,
  LOAD_FAST = 6,
  STORE_FAST = 7,
  DELETE_FAST = 8,
  LOAD_NAME = 9,
  STORE_NAME = 10,
  DELETE_NAME = 11,
  LOAD_GLOBAL = 12,
  STORE_GLOBAL = 13,
  DELETE_GLOBAL = 14,
  LOAD_DEREF = 15,
  STORE_DEREF = 16,
  DELETE_DEREF = 17,
  LOAD_CLOSURE = 18,
  LOAD_CLASSDEREF = 19,
  LOAD_ATTR = 20,
  STORE_ATTR = 21,
  DELETE_ATTR = 22,
  LOAD_METHOD = 23,
  BINARY_SUBSCR = 24,
  STORE_SUBSCR = 25,
  DELETE_SUBSCR = 26,
  BUILD_SLICE = 27,
  BINARY_OP = 28,
  UNARY_POSITIVE = 29,
  UNARY_NEGATIVE = 30,
  UNARY_NOT = 31,
  UNARY_INVERT = 32,
  COMPARE_OP = 33,
  IS_OP = 34,
  CONTAINS_OP = 35,
  JUMP = 36,
  POP_JUMP_IF_FALSE = 37,
  POP_JUMP_IF_TRUE = 38,
  POP_JUMP_IF_NONE = 39,
  POP_JUMP_IF_NOT_NONE = 40,
  JUMP_IF_FALSE_OR_POP = 41,
  JUMP_IF_TRUE_OR_POP = 42,
  GET_ITER = 43,
  FOR_ITER = 44,
  RETURN_VALUE = 45,
  KW_NAMES = 46,
  CALL = 47,
  CALL_FUNCTION_EX = 48,
  MAKE_FUNCTION = 49,
  LOAD_BUILD_CLASS = 50,
  LOAD_ASSERTION_ERROR = 51,
  SETUP_ANNOTATIONS = 52,
  BUILD_TUPLE = 53,
  BUILD_LIST = 54,
  BUILD_SET = 55,
  BUILD_MAP = 56,
  BUILD_CONST_KEY_MAP = 57,
  BUILD_STRING = 58,
  LIST_APPEND = 59,
  SET_ADD = 60,
  MAP_ADD = 61,
  LIST_EXTEND = 62,
  SET_UPDATE = 63,
  DICT_UPDATE = 64,
  DICT_MERGE = 65,
  LIST_TO_TUPLE = 66,
  UNPACK_SEQUENCE = 67,
  UNPACK_EX = 68,
  FORMAT_VALUE = 69,
  SETUP_FINALLY = 70,
  SETUP_CLEANUP = 71,
  SETUP_WITH = 72,
  POP_BLOCK = 73,
  PUSH_EXC_INFO = 74,
  POP_EXCEPT = 75,
  CHECK_EXC_MATCH = 76,
  RERAISE = 77,
  RAISE_VARARGS = 78,
  BEFORE_WITH = 79,
  WITH_EXCEPT_START = 80,
  YIELD_VALUE = 81,
  GET_YIELD_FROM_ITER = 82,
  SEND = 83,
  IMPORT_NAME = 84,
  IMPORT_FROM = 85,
  IMPORT_STAR = 86,
  PRINT_EXPR = 87,
  GET_LEN = 88,
  MATCH_MAPPING = 89,
  MATCH_SEQUENCE = 90,
  MATCH_KEYS = 91,
  MATCH_CLASS = 92,
  GET_AWAITABLE = 93,
  GET_AITER = 94,
  GET_ANEXT = 95,
  END_ASYNC_FOR = 96,
  BEFORE_ASYNC_WITH = 97,
  ASYNC_GEN_WRAP = 98,
  CHECK_EG_MATCH = 99,
  PREP_RERAISE_STAR = 100,
}

const ops: OpInfo[] = [];
const OP_NUMBERS: readonly string[] = ['NOP', 'POP_TOP', 'PUSH_NULL', 'COPY', 'SWAP', 'LOAD_CONST', 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'BUILD_SLICE', 'BINARY_OP', 'UNARY_POSITIVE', 'UNARY_NEGATIVE', 'UNARY_NOT', 'UNARY_INVERT', 'COMPARE_OP', 'IS_OP', 'CONTAINS_OP', 'JUMP', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'GET_ITER', 'FOR_ITER', 'RETURN_VALUE', 'KW_NAMES', 'CALL', 'CALL_FUNCTION_EX', 'MAKE_FUNCTION', 'LOAD_BUILD_CLASS', 'LOAD_ASSERTION_ERROR', 'SETUP_ANNOTATIONS', 'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING', 'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE', 'LIST_TO_TUPLE', 'UNPACK_SEQUENCE', 'UNPACK_EX', 'FORMAT_VALUE', 'SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH', 'POP_BLOCK', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'RERAISE', 'RAISE_VARARGS', 'BEFORE_WITH', 'WITH_EXCEPT_START', 'YIELD_VALUE', 'GET_YIELD_FROM_ITER', 'SEND', 'IMPORT_NAME', 'IMPORT_FROM', 'IMPORT_STAR', 'PRINT_EXPR', 'GET_LEN', 'MATCH_MAPPING', 'MATCH_SEQUENCE', 'MATCH_KEYS', 'MATCH_CLASS', 'GET_AWAITABLE', 'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR', 'BEFORE_ASYNC_WITH', 'ASYNC_GEN_WRAP', 'CHECK_EG_MATCH', 'PREP_RERAISE_STAR'];
function def(name: string, arg: OpInfo['arg'], effect: number | ((arg: number) => number)): number {
  ops.push({ name, arg, effect: typeof effect === 'number' ? () => effect : effect });
  const n = ops.length - 1;
  if (OP_NUMBERS[n] !== name) throw new Error(`opcodes.ts: enum Op and the table disagree at ${n} (${name})`);
  return n;
}

// --- stack manipulation ---
export const NOP = def('NOP', 'none', 0);
/** [x] -> [] */
export const POP_TOP = def('POP_TOP', 'none', -1);
/** push NULL (a call's "no self" slot). */
export const PUSH_NULL = def('PUSH_NULL', 'none', 1);
/** COPY i: [.., x(i-th from top, i>=1)] -> [.., x, .., x] (new reference). */
export const COPY = def('COPY', 'count', 1);
/** SWAP i: swap TOS with the i-th item from the top (i >= 2). */
export const SWAP = def('SWAP', 'count', 0);

// --- constants and variables ---
/** push consts[arg] */
export const LOAD_CONST = def('LOAD_CONST', 'const', 1);
/** push locals[arg]; UnboundLocalError if unset. */
export const LOAD_FAST = def('LOAD_FAST', 'local', 1);
/** [x] -> [], locals[arg] = x (releases the old value) */
export const STORE_FAST = def('STORE_FAST', 'local', -1);
/** locals[arg] = unset; UnboundLocalError if already unset. */
export const DELETE_FAST = def('DELETE_FAST', 'local', 0);
/** name lookup: frame locals mapping, then globals, then builtins (module/class bodies). */
export const LOAD_NAME = def('LOAD_NAME', 'name', 1);
export const STORE_NAME = def('STORE_NAME', 'name', -1);
export const DELETE_NAME = def('DELETE_NAME', 'name', 0);
/** LOAD_GLOBAL arg: name = names[arg >> 1]; if (arg & 1) push NULL first (as 3.11). Globals then builtins. */
export const LOAD_GLOBAL = def('LOAD_GLOBAL', 'name', (a) => 1 + (a & 1));
export const STORE_GLOBAL = def('STORE_GLOBAL', 'name', -1);
export const DELETE_GLOBAL = def('DELETE_GLOBAL', 'name', 0);
/** Cells: index arg into the frame's cells = cellvars then freevars (co_cellvars + co_freevars). */
export const LOAD_DEREF = def('LOAD_DEREF', 'deref', 1);
export const STORE_DEREF = def('STORE_DEREF', 'deref', -1);
export const DELETE_DEREF = def('DELETE_DEREF', 'deref', 0);
/** push the cell object itself (for building a closure tuple). */
export const LOAD_CLOSURE = def('LOAD_CLOSURE', 'deref', 1);
/** class bodies: look in the class namespace first, then the cell. */
export const LOAD_CLASSDEREF = def('LOAD_CLASSDEREF', 'deref', 1);

// --- attributes and items ---
/** [obj] -> [obj.names[arg]] */
export const LOAD_ATTR = def('LOAD_ATTR', 'name', 0);
/** [value, obj] -> [] ; obj.names[arg] = value */
export const STORE_ATTR = def('STORE_ATTR', 'name', -2);
/** [obj] -> [] */
export const DELETE_ATTR = def('DELETE_ATTR', 'name', -1);
/** [obj] -> [meth, obj] when names[arg] is a plain method found on the type (unbound), else [NULL, attr] */
export const LOAD_METHOD = def('LOAD_METHOD', 'name', 1);
/** [container, key] -> [container[key]] */
export const BINARY_SUBSCR = def('BINARY_SUBSCR', 'none', -1);
/** [value, container, key] -> [] */
export const STORE_SUBSCR = def('STORE_SUBSCR', 'none', -3);
/** [container, key] -> [] */
export const DELETE_SUBSCR = def('DELETE_SUBSCR', 'none', -2);
/** BUILD_SLICE 2|3: [start, stop(, step)] -> [slice] */
export const BUILD_SLICE = def('BUILD_SLICE', 'count', (a) => 1 - a);

// --- operators ---
/** BINARY_OP op: [a, b] -> [a OP b]; op is one of the NB_* numbers below (inplace = +13). */
export const BINARY_OP = def('BINARY_OP', 'binop', -1);
export const UNARY_POSITIVE = def('UNARY_POSITIVE', 'none', 0);
export const UNARY_NEGATIVE = def('UNARY_NEGATIVE', 'none', 0);
export const UNARY_NOT = def('UNARY_NOT', 'none', 0);
export const UNARY_INVERT = def('UNARY_INVERT', 'none', 0);
/** COMPARE_OP op: [a, b] -> [a OP b]; op: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >= */
export const COMPARE_OP = def('COMPARE_OP', 'cmp', -1);
/** IS_OP invert: [a, b] -> [bool] */
export const IS_OP = def('IS_OP', 'invert', -1);
/** CONTAINS_OP invert: [item, container] -> [bool] */
export const CONTAINS_OP = def('CONTAINS_OP', 'invert', -1);

// --- control flow (jump args are absolute instruction indices) ---
export const JUMP = def('JUMP', 'jump', 0);
/** [x] -> [] ; jump if false */
export const POP_JUMP_IF_FALSE = def('POP_JUMP_IF_FALSE', 'jump', -1);
export const POP_JUMP_IF_TRUE = def('POP_JUMP_IF_TRUE', 'jump', -1);
export const POP_JUMP_IF_NONE = def('POP_JUMP_IF_NONE', 'jump', -1);
export const POP_JUMP_IF_NOT_NONE = def('POP_JUMP_IF_NOT_NONE', 'jump', -1);
/** [x] -> jump keeping x if false, else pop x and continue (stack effect: 0 when jumping, -1 otherwise) */
export const JUMP_IF_FALSE_OR_POP = def('JUMP_IF_FALSE_OR_POP', 'jump', -1);
export const JUMP_IF_TRUE_OR_POP = def('JUMP_IF_TRUE_OR_POP', 'jump', -1);
/** [obj] -> [iter(obj)] */
export const GET_ITER = def('GET_ITER', 'none', 0);
/** [it] -> [it, next(it)]; when exhausted: pop it and jump to arg (effect -1 when jumping). */
export const FOR_ITER = def('FOR_ITER', 'jump', 1);
/** [value] -> return value from the frame */
export const RETURN_VALUE = def('RETURN_VALUE', 'none', -1);

// --- calls and functions (3.11 layout) ---
/** KW_NAMES consti: the next CALL's last len(consts[arg]) arguments are keywords with these names. */
export const KW_NAMES = def('KW_NAMES', 'const', 0);
/**
 * CALL argc: [NULL-or-callable, callable-or-self, arg1..argc] -> [result].
 * If the first slot is NULL, the callable is the second slot and the args are arg1..argc; otherwise
 * the first slot is the callable and the second is its first argument (self). Keyword names come
 * from a preceding KW_NAMES. Python callees take ownership of the argument references (3.11).
 */
export const CALL = def('CALL', 'count', (a) => -a - 1);
/** CALL_FUNCTION_EX flags: [NULL, callable, args_tuple(, kwargs_dict if flags&1)] -> [result] */
export const CALL_FUNCTION_EX = def('CALL_FUNCTION_EX', 'flags', (a) => -2 - (a & 1));
/**
 * MAKE_FUNCTION flags: [defaults_tuple if 0x01, kwdefaults_dict if 0x02, annotations_tuple if 0x04,
 * closure_tuple if 0x08, code] -> [function]. (qualname comes from the code object, as in 3.11.)
 */
export const MAKE_FUNCTION = def('MAKE_FUNCTION', 'flags', (a) => -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)));
/** push builtins.__build_class__ */
export const LOAD_BUILD_CLASS = def('LOAD_BUILD_CLASS', 'none', 1);
/** push AssertionError */
export const LOAD_ASSERTION_ERROR = def('LOAD_ASSERTION_ERROR', 'none', 1);
/** create __annotations__ = {} in the current namespace if absent */
export const SETUP_ANNOTATIONS = def('SETUP_ANNOTATIONS', 'none', 0);

// --- containers ---
export const BUILD_TUPLE = def('BUILD_TUPLE', 'count', (a) => 1 - a);
export const BUILD_LIST = def('BUILD_LIST', 'count', (a) => 1 - a);
export const BUILD_SET = def('BUILD_SET', 'count', (a) => 1 - a);
/** BUILD_MAP n: [k1, v1, .., kn, vn] -> [dict] */
export const BUILD_MAP = def('BUILD_MAP', 'count', (a) => 1 - 2 * a);
/** BUILD_CONST_KEY_MAP n: [v1..vn, keys_tuple] -> [dict] */
export const BUILD_CONST_KEY_MAP = def('BUILD_CONST_KEY_MAP', 'count', (a) => -a);
/** BUILD_STRING n: [s1..sn] -> [concatenation] */
export const BUILD_STRING = def('BUILD_STRING', 'count', (a) => 1 - a);
/** LIST_APPEND i: [.., list(at depth i after pop), .., v] -> list.append(v) */
export const LIST_APPEND = def('LIST_APPEND', 'count', -1);
export const SET_ADD = def('SET_ADD', 'count', -1);
/** MAP_ADD i: [.., dict, .., key, value] -> dict[key] = value */
export const MAP_ADD = def('MAP_ADD', 'count', -2);
export const LIST_EXTEND = def('LIST_EXTEND', 'count', -1);
export const SET_UPDATE = def('SET_UPDATE', 'count', -1);
/** DICT_UPDATE i: dict.update(mapping) (for {**a}) */
export const DICT_UPDATE = def('DICT_UPDATE', 'count', -1);
/** DICT_MERGE i: like DICT_UPDATE but duplicate keys are a TypeError (for f(**a, **b)) */
export const DICT_MERGE = def('DICT_MERGE', 'count', -1);
/** [list] -> [tuple(list)] */
export const LIST_TO_TUPLE = def('LIST_TO_TUPLE', 'none', 0);
/** UNPACK_SEQUENCE n: [seq] -> [item_n-1, .., item_0] (item_0 on top) */
export const UNPACK_SEQUENCE = def('UNPACK_SEQUENCE', 'count', (a) => a - 1);
/** UNPACK_EX before | (after << 8): a, *b, c = seq */
export const UNPACK_EX = def('UNPACK_EX', 'count', (a) => (a & 0xff) + (a >> 8));
/**
 * FORMAT_VALUE flags: (flags & 3): 0 none, 1 str, 2 repr, 3 ascii conversion; flags & 4: a format
 * spec is on the stack. [value(, spec)] -> [formatted str]
 */
export const FORMAT_VALUE = def('FORMAT_VALUE', 'flags', (a) => ((a & 4) ? -1 : 0));

// --- exceptions (runtime block stack; see the header) ---
/**
 * SETUP_FINALLY target: push a handler block recording the current stack depth. When an exception
 * is raised while it is the top block: pop the block, pop the value stack down to that depth, push
 * the exception, jump to target.
 */
export const SETUP_FINALLY = def('SETUP_FINALLY', 'jump', 0);
/** SETUP_CLEANUP target: like SETUP_FINALLY but also pushes lasti (an int) below the exception. */
export const SETUP_CLEANUP = def('SETUP_CLEANUP', 'jump', 0);
/**
 * SETUP_WITH target: like SETUP_CLEANUP (used around a with-body, right after BEFORE_WITH), but the
 * recorded depth excludes the top item (the __enter__ result), as in 3.11: on an exception the
 * stack is cut back to [.., __exit__], then lasti and the exception are pushed.
 */
export const SETUP_WITH = def('SETUP_WITH', 'jump', 0);
/** pop the top handler block */
export const POP_BLOCK = def('POP_BLOCK', 'none', 0);
/** [exc] -> [prev_exc_info, exc]; sets the handled exception (sys.exc_info) to exc */
export const PUSH_EXC_INFO = def('PUSH_EXC_INFO', 'none', 1);
/** [prev_exc_info] -> []; restores the handled exception */
export const POP_EXCEPT = def('POP_EXCEPT', 'none', -1);
/** [exc, type] -> [exc, bool] */
export const CHECK_EXC_MATCH = def('CHECK_EXC_MATCH', 'none', 0);
/**
 * RERAISE oparg: re-raise exc = TOS (traceback kept). If oparg, the frame's lasti is first restored
 * from the item oparg+1 from the top (CPython's PEEK(oparg+1)): RERAISE 1 is [.., lasti, exc],
 * RERAISE 2 is [.., lasti, prev_exc, exc] (a with-statement's exit path).
 */
export const RERAISE = def('RERAISE', 'count', -1);
/** RAISE_VARARGS argc: 0 re-raise the handled exception, 1 [exc], 2 [exc, cause] */
export const RAISE_VARARGS = def('RAISE_VARARGS', 'count', (a) => -a);
/** BEFORE_WITH: [mgr] -> [bound __exit__, result of __enter__()] */
export const BEFORE_WITH = def('BEFORE_WITH', 'none', 1);
/** WITH_EXCEPT_START: [exit_func, lasti, prev_exc, exc] -> [.., exc, exit_func(type, exc, tb)] */
export const WITH_EXCEPT_START = def('WITH_EXCEPT_START', 'none', 1);

// --- generators ---
/** [value] -> yield value; on resume the sent value is pushed: [sent] */
export const YIELD_VALUE = def('YIELD_VALUE', 'none', 0);
/** [obj] -> [iter] (generators pass through) */
export const GET_YIELD_FROM_ITER = def('GET_YIELD_FROM_ITER', 'none', 0);
/**
 * SEND target: [receiver, value] -> [receiver, yielded] when the sub-iterator yields;
 * when it returns: [receiver, value] -> [return value] and jump to target (effect -1).
 * The VM treats the receiver as the frame's "yield from" target for throw()/close().
 */
export const SEND = def('SEND', 'jump', 0);

// --- imports ---
/** IMPORT_NAME namei: [level, fromlist] -> [module] */
export const IMPORT_NAME = def('IMPORT_NAME', 'name', -1);
/** IMPORT_FROM namei: [module] -> [module, module.name] (ImportError if missing) */
export const IMPORT_FROM = def('IMPORT_FROM', 'name', 1);
/** [module] -> [] ; from module import * */
export const IMPORT_STAR = def('IMPORT_STAR', 'none', -1);

// --- interactive ---
/** [value] -> [] ; REPL echo (sys.displayhook) */
export const PRINT_EXPR = def('PRINT_EXPR', 'none', -1);

// --- pattern matching (3.10+), same semantics as CPython 3.11 ---
export const GET_LEN = def('GET_LEN', 'none', 1);
export const MATCH_MAPPING = def('MATCH_MAPPING', 'none', 1);
export const MATCH_SEQUENCE = def('MATCH_SEQUENCE', 'none', 1);
export const MATCH_KEYS = def('MATCH_KEYS', 'none', 1);
export const MATCH_CLASS = def('MATCH_CLASS', 'count', -2);

// --- coroutines and async generators (3.11 semantics; appended, so earlier numbers are unchanged) ---
/** GET_AWAITABLE where: [obj] -> [iterator of obj.__await__()] (coroutines pass through); where is 1 after __aenter__, 2 after __aexit__, 0 otherwise (for the error message). */
export const GET_AWAITABLE = def('GET_AWAITABLE', 'count', 0);
/** [obj] -> [obj.__aiter__()] */
export const GET_AITER = def('GET_AITER', 'none', 0);
/** [aiter] -> [aiter, awaitable of aiter.__anext__()] */
export const GET_ANEXT = def('GET_ANEXT', 'none', 1);
/** [aiter, exc] -> [] if exc is a StopAsyncIteration, else re-raise exc (the handler of an async for's __anext__) */
export const END_ASYNC_FOR = def('END_ASYNC_FOR', 'none', -2);
/** [mgr] -> [bound mgr.__aexit__, awaitable of mgr.__aenter__()] */
export const BEFORE_ASYNC_WITH = def('BEFORE_ASYNC_WITH', 'none', 1);
/** [value] -> [wrapped value]: an async generator's `yield` (so YIELD_VALUE hands it to the caller instead of the event loop) */
export const ASYNC_GEN_WRAP = def('ASYNC_GEN_WRAP', 'none', 0);

// --- except* (3.11 semantics) ---
/**
 * CHECK_EG_MATCH: [exc, type] -> [exc, None] if no part of the exception (group) matches type,
 * else [rest, match] (rest may be None) and the handled exception (sys.exc_info) becomes match.
 */
export const CHECK_EG_MATCH = def('CHECK_EG_MATCH', 'none', 0);
/** PREP_RERAISE_STAR: [orig, list_of_raised] -> [exception group to re-raise, or None] */
export const PREP_RERAISE_STAR = def('PREP_RERAISE_STAR', 'none', -1);

export const OPS: readonly OpInfo[] = ops;
export const opName = (op: number): string => ops[op]?.name ?? `<${op}>`;

/** BINARY_OP arguments, CPython 3.11 numbering (NB_INPLACE_* = NB_* + 13). */
export const NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
  NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
  NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE = 13;
export const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

/** COMPARE_OP arguments */
export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

export const encode = (op: number, arg = 0): number => op | (arg << 8);
export const opOf = (word: number): number => word & 0xff;
export const argOf = (word: number): number => word >>> 8;

// LAYER: parser — public API of the parser layer.
//
//   parse(source, filename, mode)  source → CPython-identical AST (throws PySyntaxError)
//   validate(mod, filename, source?) the compile-time checks CPython makes after parsing
//   dump(node, { includeAttributes }) ast.dump
//   tokenize(src, options)          the token list (mostly for tests and tools)

export { parse, type ParseMode } from './parser.js';
export { validate } from './validate.js';
export { dump, reprConstant, reprStr, reprBytes, reprFloat } from './dump.js';
export { PySyntaxError, SourceText, type SyntaxErrorKind } from './errors.js';
export { tokenize, type Token, type TokenType } from './tokenizer.js';
export type * from './ast.js';

// LAYER: objects. bool: a subclass of int with exactly two instances, True and False (static
// objects; value is the JS number 1 or 0 so int arithmetic applies unchanged).
//
// The type, the two objects and bool's slots (repr, & | ^ between bools, bool(x)) are defined in
// int.ts, next to IntType, so that no import order can evaluate BoolType before its base; this
// file only re-exports them (and must stay free of top-level code for the same reason).

export { BoolType, True, False, newBool } from './int.js';

"""Oracle for test/unit/compiler.test.mjs: CPython 3.11 is asked live.

Reads a JSON list of {"src": ..., "mode": "exec"|"eval"|"single", "what": [...]} on stdin and
writes a JSON list of results: the AST in pyheap's shape (src/parser/ast.ts), and, as requested,
CPython's code objects ("code": names, consts, flags, stacksize, normalized instructions with
positions) and symbol tables ("symtable": raw flags per scope), or the SyntaxError raised.
"""
import ast
import dis
import json
import math
import symtable
import sys

# CPython instructions with no counterpart in pyheap's opcode set (see src/compiler/opcodes.ts).
DROPPED = {'CACHE', 'RESUME', 'PRECALL', 'EXTENDED_ARG', 'MAKE_CELL', 'COPY_FREE_VARS', 'NOP'}
RENAMED = {
    'JUMP_FORWARD': 'JUMP', 'JUMP_BACKWARD': 'JUMP', 'JUMP_BACKWARD_NO_INTERRUPT': 'JUMP',
    'POP_JUMP_FORWARD_IF_FALSE': 'POP_JUMP_IF_FALSE', 'POP_JUMP_BACKWARD_IF_FALSE': 'POP_JUMP_IF_FALSE',
    'POP_JUMP_FORWARD_IF_TRUE': 'POP_JUMP_IF_TRUE', 'POP_JUMP_BACKWARD_IF_TRUE': 'POP_JUMP_IF_TRUE',
    'POP_JUMP_FORWARD_IF_NONE': 'POP_JUMP_IF_NONE', 'POP_JUMP_BACKWARD_IF_NONE': 'POP_JUMP_IF_NONE',
    'POP_JUMP_FORWARD_IF_NOT_NONE': 'POP_JUMP_IF_NOT_NONE', 'POP_JUMP_BACKWARD_IF_NOT_NONE': 'POP_JUMP_IF_NOT_NONE',
}


def const_value(v):
    if v is None:
        return {'kind': 'None'}
    if v is Ellipsis:
        return {'kind': 'Ellipsis'}
    if isinstance(v, bool):
        return {'kind': 'bool', 'value': v}
    if isinstance(v, int):
        return {'kind': 'int', 'value': {'$bigint': str(v)}}
    if isinstance(v, float):
        return {'kind': 'float', 'value': float_json(v)}
    if isinstance(v, complex):
        return {'kind': 'complex', 'imag': float_json(v.imag)}
    if isinstance(v, str):
        return {'kind': 'str', 'value': v}
    if isinstance(v, bytes):
        return {'kind': 'bytes', 'value': {'$bytes': list(v)}}
    raise TypeError(type(v))


def float_json(x):
    if math.isnan(x) or math.isinf(x) or (x == 0 and math.copysign(1, x) < 0):
        return {'$float': repr(x)}
    return x


def ast_json(node):
    if isinstance(node, list):
        return [ast_json(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    cls = type(node)
    if not cls._fields and not getattr(cls, '_attributes', ()):
        return cls.__name__  # operators, contexts
    out = {'_type': cls.__name__}
    for f in cls._fields:
        v = getattr(node, f, None)
        if cls is ast.Constant and f == 'value':
            out[f] = const_value(v)
        elif cls is ast.MatchSingleton and f == 'value':
            out[f] = const_value(v)
        else:
            out[f] = ast_json(v)
    for a in getattr(cls, '_attributes', ()):
        if hasattr(node, a):
            out[a] = getattr(node, a)
    return out


def const_repr(v):
    if hasattr(v, 'co_code'):
        return '<code %s>' % v.co_name
    if isinstance(v, frozenset):
        return 'frozenset(%s)' % sorted(repr(x) for x in v)
    return repr(v)


def instructions(co):
    raw = [i for i in dis.get_instructions(co) if i.opname != 'CACHE']
    kept = []
    skip_next_pop = False
    for i in raw:
        if i.opname == 'RETURN_GENERATOR':
            skip_next_pop = True
            continue
        if skip_next_pop and i.opname == 'POP_TOP':
            skip_next_pop = False
            continue
        skip_next_pop = False
        if i.opname in DROPPED:
            continue
        kept.append(i)
    index_of = {}
    k = 0
    for i in raw:
        while k < len(kept) and kept[k].offset < i.offset:
            k += 1
        index_of[i.offset] = k
    out = []
    for i in kept:
        name = RENAMED.get(i.opname, i.opname)
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            arg = 'to %d' % index_of[i.argval]
        elif i.opname == 'KW_NAMES':
            arg = const_repr(co.co_consts[i.arg])
        elif i.opcode in dis.hasconst:
            arg = const_repr(i.argval)
        elif i.opcode in dis.hasname or i.opcode in dis.haslocal or i.opcode in dis.hasfree:
            arg = i.argrepr
        else:
            arg = i.arg
        pos = i.positions
        out.append([name, arg, [pos.lineno, pos.end_lineno, pos.col_offset, pos.end_col_offset]])
    return out


def code_info(co):
    return {
        'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
        'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount, 'flags': co.co_flags,
        'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
        'names': list(co.co_names), 'consts': [const_repr(c) for c in co.co_consts],
        'stacksize': co.co_stacksize, 'instructions': instructions(co),
        'children': [code_info(c) for c in co.co_consts if hasattr(c, 'co_code')],
    }


def symtable_info(t):
    raw = t._table
    return {
        'name': t.get_name(), 'type': t.get_type(), 'lineno': t.get_lineno(),
        'symbols': {name: flags for name, flags in raw.symbols.items()},
        'varnames': list(raw.varnames),
        'children': [symtable_info(c) for c in t.get_children()],
    }


def syntax_error(e):
    return {'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
            'end_lineno': e.end_lineno, 'end_offset': e.end_offset}


def run(req):
    src, mode, what = req['src'], req.get('mode', 'exec'), req.get('what', ['code'])
    out = {}
    try:
        tree = ast.parse(src, '<test>', mode)
    except SyntaxError as e:
        return {'parse_error': syntax_error(e)}
    out['ast'] = ast_json(tree)
    try:
        if 'code' in what:
            out['code'] = code_info(compile(src, '<test>', mode, dont_inherit=True))
        if 'symtable' in what:
            out['symtable'] = symtable_info(symtable.symtable(src, '<test>', mode))
    except SyntaxError as e:
        out['error'] = syntax_error(e)
    return out


def main():
    requests = json.load(sys.stdin)
    json.dump([run(r) for r in requests], sys.stdout)


if __name__ == '__main__':
    main()

"""objgraph for pyheap: counting objects by type and drawing reference graphs, with objgraph 3.x's
public API, parameters, printed tables and Graphviz conventions (node labels, colours, the
``Graph written to ... (N nodes)`` line). Written for pyheap over its ``gc`` module.

Graphs are written as DOT. Where objgraph would run Graphviz's ``dot`` to make an image, pyheap
renders it itself, offline, with a WebAssembly build of Graphviz (bin/pyheap-dot.js: SVG, and
PNG drawn from the SVG), so ``show_refs([x])`` leaves a .dot and a .png as objgraph does on a
machine with Graphviz installed and no ``xdot`` viewer.

How a graph is drawn (_draw): breadth first from the given objects, following gc.get_referents
(show_refs) or gc.get_referrers (show_backrefs), down to ``max_depth`` levels, at most
``too_many`` neighbours a node (the rest summed up in a red "N more references" box), skipping
``extra_ignore`` ids, objects ``filter`` rejects and the drawing's own bookkeeping. Node colours
fade from white to dark grey with depth; modules are green, ``highlight``-ed nodes blue; the
starting objects have red text; a class with ``__del__`` gets a small red double circle.
"""

import gc
import sys

import _pyheap_graphviz

__all__ = ['count', 'typestats', 'most_common_types', 'show_most_common_types', 'growth',
           'show_growth', 'get_new_ids', 'get_leaking_objects', 'by_type', 'at', 'at_addrs',
           'find_ref_chain', 'find_backref_chain', 'show_backrefs', 'show_refs', 'show_chain',
           'is_proper_module']

__version__ = '3.6.2'

IS_INTERACTIVE = False

_ModuleType = type(sys)
_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)
_FrameType = type(sys._getframe())
del _Probe


def _instance_of(obj, classes):
    # type(obj), not obj.__class__: proxies (mock.Mock(spec=...)) must not fool the counts
    return issubclass(type(obj), classes)


def _short_typename(obj):
    return type(obj).__name__


def _long_typename(obj):
    t = type(obj)
    module = getattr(t, '__module__', None)
    return '%s.%s' % (module, t.__name__) if module else t.__name__


def _typename_function(shortnames):
    return _short_typename if shortnames else _long_typename


def _matching_name(typename):
    # 'pkg.mod.Class' is compared with long names, 'Class' with short ones
    return _long_typename if '.' in typename else _short_typename


# ---------------------------------------------------------------------------------------------
# Counting

def count(typename, objects=None):
    """How many objects tracked by the collector (or in ``objects``) have this type name."""
    if objects is None:
        objects = gc.get_objects()
    name_of = _matching_name(typename)
    try:
        n = 0
        for o in objects:
            if name_of(o) == typename:
                n += 1
        return n
    finally:
        del objects


def typestats(objects=None, shortnames=True, filter=None):
    """{type name: number of instances} over the tracked objects (or ``objects``)."""
    if objects is None:
        objects = gc.get_objects()
    name_of = _typename_function(shortnames)
    try:
        stats = {}
        for o in objects:
            if filter and not filter(o):
                continue
            name = name_of(o)
            stats[name] = stats.get(name, 0) + 1
        return stats
    finally:
        del objects


def most_common_types(limit=10, objects=None, shortnames=True, filter=None):
    """[(type name, count)], the most numerous first, at most ``limit`` (None: all)."""
    stats = typestats(objects, shortnames=shortnames, filter=filter)
    ranked = sorted(stats.items(), key=lambda item: item[1], reverse=True)
    return ranked[:limit] if limit else ranked


def show_most_common_types(limit=10, objects=None, shortnames=True, file=None, filter=None):
    """Print most_common_types() as a table: names padded to the longest, then the count."""
    if file is None:
        file = sys.stdout
    rows = most_common_types(limit, objects, shortnames=shortnames, filter=filter)
    width = max(len(name) for name, n in rows)
    for name, n in rows:
        file.write('%-*s %i\n' % (width, name, n))


def growth(limit=10, peak_stats={}, shortnames=True, filter=None):
    """[(type name, count now, increase)] for the types whose count passed its previous peak
    (kept in ``peak_stats``, shared between calls by default), the biggest increase first."""
    gc.collect()
    stats = typestats(shortnames=shortnames, filter=filter)
    increases = {}
    for name, n in stats.items():
        before = peak_stats.get(name, 0)
        if n > before:
            increases[name] = n - before
            peak_stats[name] = n
    ranked = sorted(increases.items(), key=lambda item: item[1], reverse=True)
    if limit:
        ranked = ranked[:limit]
    return [(name, stats[name], delta) for name, delta in ranked]


def show_growth(limit=10, peak_stats=None, shortnames=True, file=None, filter=None):
    """Print growth() as a table: name, count, +increase."""
    if peak_stats is None:
        rows = growth(limit, shortnames=shortnames, filter=filter)
    else:
        rows = growth(limit, peak_stats, shortnames, filter)
    if not rows:
        return
    if file is None:
        file = sys.stdout
    width = max(len(name) for name, n, delta in rows)
    for name, n, delta in rows:
        file.write('%-*s%9d %+9d\n' % (width, name, n, delta))


_new_ids_state = {}


def get_new_ids(skip_update=False, limit=10, sortby='deltas', shortnames=None, file=None,
                _state=_new_ids_state):
    """{type name: set of ids} of the objects that appeared since the previous call, after
    printing a table of old, current and new counts per type (``limit`` rows, sorted by
    ``sortby``: 'old', 'current', 'new' or 'deltas'; limit=0 prints nothing)."""
    if not _state:
        _state.update(old={}, current={}, new={}, shortnames=True)
    new_ids = _state['new']
    if skip_update:
        return new_ids
    if shortnames is None:
        shortnames = _state['shortnames']
    else:
        _state['shortnames'] = shortnames
    old_ids, current_ids = _state['old'], _state['current']
    gc.collect()
    objects = gc.get_objects()
    # what was current becomes old (the same set objects are kept and refilled)
    for name in old_ids:
        old_ids[name].clear()
    for name, ids in current_ids.items():
        old_ids.setdefault(name, set()).update(ids)
        ids.clear()
    name_of = _typename_function(shortnames)
    for o in objects:
        current_ids.setdefault(name_of(o), set()).add(id(o))
    del objects
    for name in new_ids:
        new_ids[name].clear()
    rows = []
    for name in list(current_ids):
        old = old_ids.setdefault(name, set())
        current = current_ids[name]
        if not old and not current:
            del old_ids[name], current_ids[name]
            new_ids.pop(name, None)
            continue
        fresh = current - old
        new_ids.setdefault(name, set()).update(fresh)
        rows.append((name, len(old), len(current), len(fresh), len(current) - len(old)))
    column = {'old': 1, 'current': 2, 'new': 3, 'deltas': 4}[sortby]
    rows.sort(key=lambda row: (row[column], row[0]), reverse=True)
    if limit is not None:
        rows = rows[:limit]
    if not rows:
        return new_ids
    if file is None:
        file = sys.stdout
    width = max(len(row[0]) for row in rows)
    rule = '=' * (width + 13 * 4)
    print(rule, file=file)
    print('%-*s%13s%13s%13s%13s' % (width, 'Type', 'Old_ids', 'Current_ids', 'New_ids',
                                    'Count_Deltas'), file=file)
    print(rule, file=file)
    for name, old, current, new, delta in rows:
        print('%-*s%13d%13d%+13d%+13d' % (width, name, old, current, new, delta), file=file)
    print(rule, file=file)
    return new_ids


def get_leaking_objects(objects=None):
    """The objects (tracked ones, or of ``objects``) that no tracked object refers to."""
    gc.collect()
    everything = gc.get_objects()
    if objects is None:
        objects = everything
    try:
        unreferenced = set(map(id, objects))
        for holder in everything:
            if holder is not objects:
                unreferenced.difference_update(map(id, gc.get_referents(holder)))
        return [o for o in objects if id(o) in unreferenced]
    finally:
        del objects, everything


def by_type(typename, objects=None):
    """The tracked objects (or those of ``objects``) with this type name."""
    if objects is None:
        objects = gc.get_objects()
    name_of = _matching_name(typename)
    try:
        return [o for o in objects if name_of(o) == typename]
    finally:
        del objects


def at(addr):
    """The tracked object whose id() is ``addr``, or None."""
    for o in gc.get_objects():
        if id(o) == addr:
            return o
    return None


def at_addrs(address_set):
    """The tracked objects whose ids are in ``address_set``."""
    return [o for o in gc.get_objects() if id(o) in address_set]


def is_proper_module(obj):
    """Whether ``obj`` is a module registered in sys.modules (a root for back-reference walks)."""
    return (_instance_of(obj, _ModuleType)
            and obj is sys.modules.get(getattr(obj, '__name__', None)))


# ---------------------------------------------------------------------------------------------
# Chains

def find_ref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain [obj, ..., x] of references from ``obj`` to an object x for which
    ``predicate(x)`` is true; [obj] when there is none within ``max_depth``."""
    chain = _shortest_chain(obj, predicate, gc.get_referents, max_depth, extra_ignore)
    chain.reverse()
    return chain


def find_backref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain [x, ..., obj] of references leading to ``obj`` from an object x for
    which ``predicate(x)`` is true (a module, say); [obj] when there is none."""
    return _shortest_chain(obj, predicate, gc.get_referrers, max_depth, extra_ignore)


def _shortest_chain(start, predicate, neighbours_of, max_depth, extra_ignore):
    # Breadth-first search; the result runs from the found object back to `start`.
    queue = [start]
    depth = {id(start): 0}
    came_from = {id(start): None}
    ignore = set(extra_ignore)
    for own in (extra_ignore, queue, depth, came_from, ignore, sys._getframe(),
                sys._getframe(1)):
        ignore.add(id(own))
    gc.collect()
    while queue:
        node = queue.pop(0)
        if predicate(node):
            chain = [node]
            while came_from[id(node)] is not None:
                node = came_from[id(node)]
                chain.append(node)
            return chain
        d = depth[id(node)]
        if d >= max_depth:
            continue
        neighbours = neighbours_of(node)
        ignore.add(id(neighbours))
        for n in neighbours:
            if id(n) in ignore or id(n) in depth:
                continue
            depth[id(n)] = d + 1
            came_from[id(n)] = node
            queue.append(n)
    return [start]


# ---------------------------------------------------------------------------------------------
# Graphs

def show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10, highlight=None,
                  filename=None, extra_info=None, refcounts=False, shortnames=True, output=None,
                  extra_node_attrs=None):
    """Draw what refers to ``objs`` (one object or a list), up to ``max_depth`` levels back; the
    walk stops at modules in sys.modules."""
    return _draw(objs, gc.get_referrers, False, max_depth, extra_ignore, filter, too_many,
                 highlight, filename, extra_info, refcounts, shortnames, output,
                 is_proper_module, extra_node_attrs)


def show_refs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10, highlight=None,
              filename=None, extra_info=None, refcounts=False, shortnames=True, output=None,
              extra_node_attrs=None):
    """Draw what ``objs`` (one object or a list) refer to, up to ``max_depth`` levels deep."""
    return _draw(objs, gc.get_referents, True, max_depth, extra_ignore, filter, too_many,
                 highlight, filename, extra_info, refcounts, shortnames, output, None,
                 extra_node_attrs)


def show_chain(*chains, **kw):
    """Draw one or more chains from find_backref_chain() (backrefs=True, the default) or
    find_ref_chain() (backrefs=False); other keywords as for show_refs()."""
    backrefs = kw.pop('backrefs', True)
    chains = [c for c in chains if c]
    members = set()
    for c in chains:
        members.update(map(id, c))

    def in_chains(x):
        return id(x) in members

    max_depth = max(len(c) for c in chains) - 1
    if backrefs:
        show_backrefs([c[-1] for c in chains], max_depth=max_depth, filter=in_chains, **kw)
    else:
        show_refs([c[0] for c in chains], max_depth=max_depth, filter=in_chains, **kw)


def _node(obj):
    return ('o%d' % id(obj)).replace('-', '_')


def _quote(s):
    return (s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
            .replace('\0', '\\\\0'))


def _name_or_repr(value):
    try:
        name = value.__name__
    except AttributeError:
        name = None
    return name if _instance_of(name, str) else repr(value)[:40]


def _short_repr(obj):
    if _instance_of(obj, (type, _ModuleType, _BuiltinFunctionType)):
        return _name_or_repr(obj)
    if _instance_of(obj, _MethodType):
        name = _name_or_repr(obj.__func__)
        return name + ' (bound)' if obj.__self__ else name
    if _instance_of(obj, _FunctionType) and obj.__name__ == '<lambda>':
        return 'lambda: %s:%s' % (obj.__code__.co_filename.rpartition('/')[2],
                                  obj.__code__.co_firstlineno)
    if _instance_of(obj, _FrameType):
        return '%s:%s' % (obj.f_code.co_filename, obj.f_lineno)
    if _instance_of(obj, (tuple, list, dict, set)):
        return '%d items' % len(obj)
    return repr(obj)[:40]


def _safe_repr(obj):
    try:
        return _short_repr(obj)
    except Exception:
        return '(unrepresentable)'


def _label(obj, extra_info, refcounts, shortnames):
    first = _typename_function(shortnames)(obj)
    if refcounts:
        # minus this frame's argument, the drawing loop's variable, getrefcount's own argument
        # and the queue entry objgraph also discounts
        first += ' [%d]' % (sys.getrefcount(obj) - 4)
    lines = [first, _safe_repr(obj)]
    if extra_info:
        lines.append(str(extra_info(obj)))
    return _quote('\n'.join(lines))


def _extra_attrs(obj, extra_node_attrs):
    if extra_node_attrs is None:
        return ''
    attrs = extra_node_attrs(obj)
    return ', ' + ', '.join('%s="%s"' % (k, _quote(v)) for k, v in sorted(attrs.items())
                            if v is not None)


def _is_ascii_identifier(s):
    return s.isascii() and s.isidentifier()


def _edge_label(source, target, shortnames):
    """The label of the arrow source -> target: the attribute or key it goes through."""
    if _instance_of(target, dict) and target is getattr(source, '__dict__', None):
        return ' [label="__dict__",weight=10]'
    if _instance_of(source, _FrameType):
        if target is source.f_locals:
            return ' [label="f_locals",weight=10]'
        if target is source.f_globals:
            return ' [label="f_globals",weight=10]'
    if _instance_of(source, _MethodType):
        if target is source.__self__:
            return ' [label="__self__",weight=10]'
        if target is source.__func__:
            return ' [label="__func__",weight=10]'
    if _instance_of(source, _FunctionType):
        for name in dir(source):
            if target is getattr(source, name):
                return ' [label="%s",weight=10]' % _quote(name)
    if _instance_of(source, dict):
        for k, v in source.items():
            if v is target:
                if _instance_of(k, str) and _is_ascii_identifier(k):
                    return ' [label="%s",weight=2]' % _quote(k)
                key = _typename_function(shortnames)(k) + '\n' + _safe_repr(k)
                return ' [label="%s"]' % _quote(key)
    return ''


def _fade(start, end, depth, max_depth):
    """An HSV colour between start (depth 0) and end (depth max_depth)."""
    if max_depth == 0:
        return start
    f = depth / max_depth
    return tuple(a * (1 - f) + b * f for a, b in zip(start, end))


def _draw(objs, neighbours_of, forward, max_depth, extra_ignore, filter, too_many, highlight,
          filename, extra_info, refcounts, shortnames, output, stop_at, extra_node_attrs):
    if not _instance_of(objs, (list, tuple)):
        objs = [objs]
    if filename and output:
        raise ValueError('Cannot specify both output and filename.')
    if output:
        out = output
        dot_filename = None
    elif filename and filename.endswith('.dot'):
        out = open(filename, 'w', encoding='utf-8')
        dot_filename = filename
    else:
        dot_filename = _pyheap_graphviz.mkstemp('objgraph-', '.dot')
        out = open(dot_filename, 'w', encoding='utf-8')
    out.write('digraph ObjectGraph {\n'
              '  node[shape=box, style=filled, fillcolor=white];\n')
    queue = []
    depth = {}
    ignore = set(extra_ignore)
    here = sys._getframe()
    caller = sys._getframe(1)
    for own in (objs, extra_ignore, queue, depth, ignore, here, here.f_locals, caller,
                caller.f_locals):
        ignore.add(id(own))
    del here, caller
    for obj in objs:
        out.write('  %s[fontcolor=red];\n' % _node(obj))
        depth[id(obj)] = 0
        queue.append(obj)
        del obj
    gc.collect()
    nodes = 0
    while queue:
        nodes += 1
        current = queue.pop(0)
        level = depth[id(current)]
        name = _node(current)
        out.write('  %s[label="%s"%s];\n' % (name, _label(current, extra_info, refcounts,
                                                          shortnames),
                                             _extra_attrs(current, extra_node_attrs)))
        h, s, v = _fade((0, 0, 1), (0, 0, .3), level, max_depth)
        if _instance_of(current, _ModuleType):
            h, s = .3, 1
        if highlight and highlight(current):
            h, s, v = .6, .6, 0.5 + v * 0.5
        out.write('  %s[fillcolor="%g,%g,%g"];\n' % (name, h, s, v))
        if v < 0.5:
            out.write('  %s[fontcolor=white];\n' % name)
        if hasattr(getattr(current, '__class__', None), '__del__'):
            out.write('  %s->%s_has_a_del[color=red,style=dotted,len=0.25,weight=10];\n'
                      % (name, name))
            out.write('  %s_has_a_del[label="__del__",shape=doublecircle,height=0.25,'
                      'color=red,fillcolor="0,.5,1",fontsize=6];\n' % name)
        if level >= max_depth or (stop_at is not None and stop_at(current)):
            continue
        neighbours = neighbours_of(current)
        ignore.add(id(neighbours))
        drawn = 0
        left_out = 0
        for other in neighbours:
            if id(other) in ignore or (filter and not filter(other)):
                continue
            if drawn >= too_many:
                left_out += 1
                continue
            src, dst = (current, other) if forward else (other, current)
            out.write('  %s -> %s%s;\n' % (_node(src), _node(dst),
                                           _edge_label(src, dst, shortnames)))
            if id(other) not in depth:
                depth[id(other)] = level + 1
                queue.append(other)
            drawn += 1
            del other
        del neighbours
        if left_out:
            h, s, v = _fade((0, 1, 1), (0, 1, .3), level + 1, max_depth)
            if forward:
                text = '%d more references' % left_out
                edge = '%s->too_many_%s' % (name, name)
            else:
                text = '%d more backreferences' % left_out
                edge = 'too_many_%s->%s' % (name, name)
            out.write('  %s[color=red,style=dotted,len=0.25,weight=10];\n' % edge)
            out.write('  too_many_%s[label="%s",shape=box,height=0.25,color=red,'
                      'fillcolor="%g,%g,%g",fontsize=6];\n' % (name, text, h, s, v))
            out.write('  too_many_%s[fontcolor=white];\n' % name)
    out.write('}\n')
    if output:
        return
    out.close()
    print('Graph written to %s (%d nodes)' % (dot_filename, nodes))
    _present(dot_filename, filename)


def _present(dot_filename, filename):
    """Turn the .dot file into the image asked for (by the file name's extension), as objgraph
    does with Graphviz's dot; with no file name, a .png beside the .dot. pyheap's renderer is
    always there, and it never starts a viewer."""
    if filename == dot_filename:
        return
    if not filename:
        print('Graph viewer (xdot) not found, generating a png instead')
        filename = dot_filename[:-4] + '.png'
    stem, dot, ext = filename.rpartition('.')
    fmt = ext if dot else ''
    status = _pyheap_graphviz.render(dot_filename, fmt, filename)
    if status != 0:
        print('dot failed (exit code %d) while executing "%s"'
              % (status, ' '.join(['dot', '-T' + fmt, '-o' + filename, dot_filename])))
    else:
        print('Image generated as %s' % filename)

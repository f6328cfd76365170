"""string: character-class constants, capwords(), $-substitution (Template) and the str.format
engine as a class (Formatter) whose steps can be overridden."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s (on sep, or runs of whitespace), capitalize each word, join with sep (or ' ')."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------- Template

_sentinel_dict = {}
_ID_START = ascii_letters + '_'
_ID_REST = _ID_START + digits


class Template:
    """A string with $name and ${name} placeholders ($$ is a literal $).

    The placeholders are found by a small scanner. A subclass that changes `idpattern`,
    `braceidpattern`, `flags` or `pattern` gets the regular-expression scanner CPython uses."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None   # re.IGNORECASE, when re is used

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern' in cls.__dict__ or cls.idpattern != Template.idpattern or
                  cls.braceidpattern is not None or cls.flags is not None)
        if custom:
            import re
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = fr"""
                {delim}(?:
                  (?P<escaped>{delim})  |
                  (?P<named>{id})       |
                  {{(?P<braced>{bid})}} |
                  (?P<invalid>)
                )
                """
            flags = re.IGNORECASE if cls.flags is None else cls.flags
            cls.pattern = re.compile(pattern, flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """(start, end, kind, name) for each placeholder; kind is escaped/named/braced/invalid."""
        pattern = type(self).__dict__.get('pattern') or getattr(type(self), 'pattern', None)
        if pattern is not None and not isinstance(pattern, str):
            for mo in pattern.finditer(self.template):
                for kind in ('escaped', 'named', 'braced', 'invalid'):
                    if mo.group(kind) is not None:
                        yield mo.start(), mo.end(), kind, mo.group(kind)
                        break
            return
        text = self.template
        delim = self.delimiter
        i = 0
        while True:
            i = text.find(delim, i)
            if i < 0:
                return
            j = i + len(delim)
            if text.startswith(delim, j):
                yield i, j + len(delim), 'escaped', delim
                i = j + len(delim)
                continue
            end = self._identifier_end(text, j)
            if end > j:
                yield i, end, 'named', text[j:end]
                i = end
                continue
            if text.startswith('{', j):
                end = self._identifier_end(text, j + 1)
                if end > j + 1 and text.startswith('}', end):
                    yield i, end + 1, 'braced', text[j + 1:end]
                    i = end + 1
                    continue
            yield i, j, 'invalid', ''
            i = j

    @staticmethod
    def _identifier_end(text, start):
        if start >= len(text) or text[start] not in _ID_START and \
                text[start].lower() not in _ID_START:
            return start
        end = start + 1
        while end < len(text) and text[end].lower() in _ID_REST:
            end += 1
        return end

    def _invalid(self, start):
        # the position reported is just after the delimiter
        start += len(self.delimiter)
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, safe):
        out = []
        last = 0
        for start, end, kind, name in self._placeholders():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind in ('named', 'braced'):
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self.template[start:end])
                else:
                    out.append(str(mapping[name]))
            elif safe:
                out.append(self.template[start:end])
            else:
                self._invalid(start)
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """Replace every placeholder; KeyError for a missing name, ValueError for a bad $."""
        return self._render(_merged(mapping, kws), safe=False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Replace the placeholders that have values; leave the others as written."""
        return self._render(_merged(mapping, kws), safe=True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._placeholders())

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


def _merged(mapping, kws):
    if mapping is _sentinel_dict:
        return kws
    if kws:
        return _ChainMap(kws, mapping)
    return mapping


# ---------------------------------------------------------------- Formatter

def _parse_format(text):
    """(literal, field_name, format_spec, conversion) pieces of a format string, as
    _string.formatter_parser gives them; the spec is returned unexpanded."""
    i = 0
    n = len(text)
    literal = []
    while i < n:
        c = text[i]
        if c == '{':
            if i + 1 < n and text[i + 1] == '{':
                # an escaped brace ends the literal piece (as _string.formatter_parser)
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            name, conversion, spec, i = _scan_field(text, i + 1)
            yield ''.join(literal), name, spec, conversion
            literal = []
        elif c == '}':
            if i + 1 < n and text[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _scan_field(text, i):
    """Read the replacement field starting at text[i] (just after its '{'), as CPython's
    MarkupIterator does: the name (where [...] may hold any character but ']'), then !conversion,
    then :spec up to the matching '}' (nested braces counted). Returns (name, conversion, spec,
    index after the closing '}')."""
    n = len(text)
    start = i
    while i < n:
        c = text[i]
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and text[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
        i += 1
    if i >= n:
        raise ValueError("expected '}' before end of string")
    name = text[start:i]
    conversion = None
    if text[i] == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[i + 1]
        i += 2
        if i >= n:
            raise ValueError("expected '}' before end of string")
        if text[i] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    spec = ''
    if text[i] == ':':
        i += 1
        spec_start = i
        depth = 1
        while i < n:
            if text[i] == '{':
                depth += 1
            elif text[i] == '}':
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if i >= n:
            raise ValueError("expected '}' before end of string")
        spec = text[spec_start:i]
    return name, conversion, spec, i + 1


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]), as _string.formatter_field_name_split."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < len(name) and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format as a class: format() -> vformat() -> parse(), get_field(), get_value(),
    convert_field(), format_field(); a subclass overrides the steps it wants."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples."""
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first

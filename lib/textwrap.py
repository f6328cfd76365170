"""textwrap: wrap and fill paragraphs, shorten text, remove or add common indentation.

Wrapping works on chunks: the text (tabs expanded, other whitespace made spaces) is cut into
runs of whitespace and words, and words are cut again after hyphens ("goof-" "ball") and around
em-dashes ("--"), following the rules of CPython's word-separator pattern. Lines are then
filled greedily with chunks; a chunk longer than a line is broken (at a hyphen if it can)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# only ASCII whitespace counts, as in CPython (U+00A0 and friends are not break points)
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return _is_word_char(c) or c in '!"\'&.,?'


def _split_word(text, start, end):
    """Cut the non-whitespace run text[start:end] into chunks: after a hyphen between letters
    (at least two letters before it, or letter-hyphen-letter before it, and letter [hyphen]
    letter after it), and before and after an em-dash (two or more hyphens) that stands between
    word characters."""
    chunks = []
    p = start
    while p < end:
        # an em-dash run as a chunk of its own: after a word character, before a word character
        if p > 0 and _is_word_punct(text[p - 1]) and text.startswith('--', p):
            k = p
            while k < end and text[k] == '-':
                k += 1
            if k < end and _is_word_char(text[k]):
                chunks.append(text[p:k])
                p = k
                continue
        # otherwise the shortest word ending at a hyphenation point, an em-dash, or the run's end
        q = p + 1
        while True:
            if q >= end:
                chunks.append(text[p:end])
                p = end
                break
            c = text[q - 1]
            if c == '-' and q - 1 > p and (
                    (q - 3 >= 0 and _is_letter(text[q - 3]) and _is_letter(text[q - 2])) or
                    (q - 4 >= 0 and _is_letter(text[q - 4]) and text[q - 3] == '-' and
                     _is_letter(text[q - 2]))):
                # hyphen at q-1, letters before it; need letter (-) letter after
                if q < end and _is_letter(text[q]) and (
                        (q + 1 < end and _is_letter(text[q + 1])) or
                        (q + 2 < end and text[q + 1] == '-' and _is_letter(text[q + 2]))):
                    chunks.append(text[p:q])
                    p = q
                    break
            if (_is_word_punct(text[q - 1]) and text.startswith('--', q)):
                k = q
                while k < end and text[k] == '-':
                    k += 1
                if k < end and _is_word_char(text[k]):
                    chunks.append(text[p:q])
                    p = q
                    break
            q += 1
    return chunks


class TextWrapper:
    """Wraps text to lines of at most `width` characters; the options are attributes."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        """Chunks: whitespace runs and words (cut at hyphens when break_on_hyphens)."""
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                if self.break_on_hyphens:
                    chunks.extend(_split_word(text, i, j))
                else:
                    chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end: a lowercase letter, then . ! or ?, maybe a quote."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()   # the next chunk is at the end
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (not chunks or self.drop_whitespace and len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # the last allowed line: end it with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped paragraph, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    # [a-z][\.\!\?][\"\']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z')


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most width characters (a list, no newlines)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace and cut the text to fit width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace common to the start of every non-blank line. Lines holding only
    spaces and tabs become empty and do not count."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[k] = '' if line.strip(' \t') == '' else line
            continue
        indent = line[:len(line) - len(body)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            for a, b in zip(margin, indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before each line for which predicate(line) holds (by default: not blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))

"""Stand-in (conformance runner only): textwrap.dedent, until lib/textwrap.py exists."""


def dedent(text):
    """Remove the longest whitespace prefix shared by every non-blank line."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            n = 0
            while n < len(margin) and n < len(indent) and margin[n] == indent[n]:
                n += 1
            margin = margin[:n]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append(line.lstrip(' \t') if not line.strip() else line)
        else:
            out.append(line[len(margin or ''):])
    return '\n'.join(out)

# pyheap-test: module. Reads a DOT file objgraph wrote and prints it with object ids replaced by
# N0, N1, ... in order of first appearance, so python3's and pyheap's graphs can be compared.

def canonical(path):
    with open(path) as f:
        text = f.read()
    names = {}
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == 'o' and i + 1 < len(text) and text[i + 1].isdigit() and (i == 0 or not (text[i - 1].isalnum())):
            j = i + 1
            while j < len(text) and text[j].isdigit():
                j += 1
            key = text[i:j]
            if key not in names:
                names[key] = 'N%d' % len(names)
            out.append(names[key])
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def show(path, module_globals=None):
    text = canonical(path)
    if module_globals is not None:
        # a module's namespace differs in its dunder entries between implementations
        text = text.replace('dict\\n%d items' % len(module_globals), 'dict\\nGLOBALS items')
    print(text, end='')

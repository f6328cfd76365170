# textwrap on real paragraphs: several widths, a reused TextWrapper, dedent of a docstring
import textwrap

zen = """Beautiful is better than ugly. Explicit is better than implicit. Simple is better
than complex. Complex is better than complicated. Flat is better than nested. Sparse is
better than dense. Readability counts. Special cases aren't special enough to break the
rules. Although practicality beats purity. Errors should never pass silently."""

for width in (20, 33, 50, 79):
    print(textwrap.fill(zen, width))
    print("-" * width)
wrapper = textwrap.TextWrapper(width=40, initial_indent="  - ", subsequent_indent="    ",
                               fix_sentence_endings=True)
print("\n".join(wrapper.wrap(zen)))
wrapper.width = 60
wrapper.max_lines = 3
print(wrapper.fill(zen))

def documented():
    """Summary line.

        Indented example:
            code here
    Back to the margin.
    """
print(textwrap.dedent(documented.__doc__))
print(textwrap.indent(textwrap.dedent(documented.__doc__), "| "))
print(textwrap.shorten(zen, 60), textwrap.shorten(zen, 60, placeholder=" …"), sep="\n")

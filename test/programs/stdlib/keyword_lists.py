# keyword.kwlist / softkwlist and the predicates, checked against what compile() accepts
import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for word in ("if", "match", "case", "_", "print", "None", "async", "await", "True", "nonlocal", "type"):
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
for word in keyword.kwlist:
    try:
        compile(f"{word} = 1", "<kw>", "exec")
        print("assignable:", word)
    except SyntaxError:
        pass
for word in keyword.softkwlist:
    compile(f"{word} = 1", "<kw>", "exec")
print(sorted(keyword.__all__))

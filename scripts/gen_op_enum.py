"""Regenerate `enum Op` and OP_NUMBERS in src/compiler/opcodes.ts from its def(...) table.

Run after adding an opcode: python3 scripts/gen_op_enum.py. (def() checks the two agree at load.)
"""
import re, pathlib
p = pathlib.Path(__file__).resolve().parent.parent / 'src/compiler/opcodes.ts'
s = p.read_text()
names = re.findall(r"export const (\w+) = def\('(\w+)'", s)
assert all(a == b for a, b in names), 'export name and def name differ'
enum_body = ''.join(f'  {n} = {i},\n' for i, (n, _) in enumerate(names))
s = re.sub(r'export const enum Op \{\n.*?\n\}\n', 'export const enum Op {\n' + enum_body + '}\n', s, flags=re.S)
s = re.sub(r'const OP_NUMBERS: readonly string\[\] = \[.*?\];',
           'const OP_NUMBERS: readonly string[] = [' + ', '.join(f"'{n}'" for n, _ in names) + '];', s, flags=re.S)
p.write_text(s)
print(f'{len(names)} opcodes')

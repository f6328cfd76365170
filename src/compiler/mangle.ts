// LAYER: compiler. Private name mangling: inside class `Klass`, an identifier `__spam` (at least
// two leading underscores, not ending in two underscores, no dot) becomes `_Klass__spam`, with
// the class name's leading underscores stripped (CPython's _Py_Mangle).

export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

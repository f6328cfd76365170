import os

os.environ.update({'PHT_A': '1', 'PHT_B': '2'})
os.environ.update(PHT_C='3')
print(sorted(k for k in os.environ if k.startswith('PHT_')), os.environ['PHT_B'])
print(os.getenv('PHT_C'), os.environ.get('PHT_D', 'none'), os.environ.setdefault('PHT_D', '4'))
merged = os.environ | {'PHT_E': '5'}
print(type(merged).__name__, merged['PHT_E'], 'PHT_E' in os.environ)
for k in ['PHT_A', 'PHT_B', 'PHT_C', 'PHT_D']:
    del os.environ[k]
print([k for k in os.environ if k.startswith('PHT_')])
print(os.environ.pop('PHT_NOPE', 'default'))
try:
    os.environ.pop('PHT_NOPE')
except KeyError as e:
    print('KeyError', e)
try:
    del os.environ['PHT_NOPE']
except KeyError as e:
    print('KeyError', e)
print(repr(os.environ)[:9], isinstance(dict(os.environ), dict), os.environ == dict(os.environ))
print(os.path.expanduser('~') == os.environ.get('HOME', '~'), os.path.expanduser('~/x').endswith('/x'), os.path.expanduser('x~'))
os.environ['PHT_V'] = 'val'
print(os.path.expandvars('$PHT_V/${PHT_V}/$NOPE_ZZ/$'), os.path.expandvars(b'$PHT_V'))

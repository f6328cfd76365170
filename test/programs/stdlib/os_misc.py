import os
import sys

print(type(os.getpid()), os.getpid() > 0, os.getpid() == os.getpid(), type(os.getppid()))
r = os.urandom(16)
print(type(r), len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
os.environ['PYHEAP_TEST_VAR'] = 'value1'
print(os.environ['PYHEAP_TEST_VAR'], os.getenv('PYHEAP_TEST_VAR'), os.environ.get('PYHEAP_TEST_VAR'))
print('PYHEAP_TEST_VAR' in os.environ, os.getenv('PYHEAP_NOPE_VAR'), os.getenv('PYHEAP_NOPE_VAR', 'dflt'))
print(os.environ.pop('PYHEAP_TEST_VAR'), 'PYHEAP_TEST_VAR' in os.environ, os.environ.setdefault('PYHEAP_T2', 'x'))
del os.environ['PYHEAP_T2']
try:
    os.environ['PYHEAP_NOPE_VAR']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
print(isinstance(os.environ.copy(), dict), len(os.environ) > 0, 'PATH' in os.environ)
print(sys.modules['os.path'] is os.path, os.error is OSError, os.strerror(2))
st = os.stat('.')
print(type(st).__name__, len(st), st.st_mode == st[0], st.st_size == st[6], type(st.st_mtime), type(st[8]))
print(st.st_mtime_ns // 10**9 == st[8], oct(st.st_mode & 0o170000))
with open('f', 'w') as f:
    f.write('12345')
print(os.stat('f').st_size, os.path.getsize('f'), os.access('f', os.R_OK), os.access('nope', os.F_OK))
print(isinstance(os.cpu_count(), int), os.get_exec_path() == os.environ['PATH'].split(':'))

# try/except* (PEP 654): which part of a group each clause gets (split, a naked exception wrapped,
# a derive() override), what escapes (re-raises back in the original nesting, new exceptions as
# siblings in a new group), sys.exc_info() inside a clause, and the uncaught group's traceback.
import sys
def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, 'escaped:', repr(e))
    else:
        print(label, 'ok')

def t1():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        print('V', repr(eg), repr(sys.exc_info()[1]))
    except* TypeError as eg:
        print('T', repr(eg))
show('t1', t1)

def t2():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('V only')
show('t2', t2)

def t3():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
show('t3', t3)

def t4():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError('new')
show('t4', t4)

def t5():
    try:
        raise ValueError('naked')
    except* ValueError as eg:
        print('naked', repr(eg), eg.exceptions[0] is not None)
show('t5', t5)

def t6():
    try:
        raise ValueError('naked')
    except* TypeError:
        print('never')
show('t6', t6)

def t7():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    except* ValueError as eg:
        print('V', repr(eg))
        raise
    except* TypeError as eg:
        print('T', repr(eg))
show('t7', t7)

def t8():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('k')
    except* TypeError:
        raise
show('t8', t8)

def t9():
    try:
        pass
    except* ValueError:
        print('no')
    else:
        print('else ran')
    finally:
        print('finally ran')
show('t9', t9)

def t10():
    for i in range(3):
        try:
            raise ExceptionGroup('g', [ValueError(i)])
        except* ValueError as e:
            print('loop', i, repr(e.exceptions))
show('t10', t10)

def t11():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* (TypeError, ValueError) as e:
        print('tuple', repr(e))
show('t11', t11)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
def t12():
    try:
        raise MyEG('m', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('derived', repr(e), type(e).__name__)
show('t12', t12)

def t13():
    try:
        raise BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print('KI', repr(e))
show('t13', t13)
try:
    raise ExceptionGroup('top', [ValueError('a'), TypeError('b')])
except* ValueError:
    pass

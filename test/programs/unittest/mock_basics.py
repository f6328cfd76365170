# unittest.mock: calls recorded, return values, side effects, child mocks, patch.object
from unittest import mock

m = mock.Mock(return_value=3)
print(m(1, key='v'), m.call_count, m.called, m.call_args)
m.assert_called_once_with(1, key='v')
print(m.call_args == mock.call(1, key='v'), m.call_args_list)
m.child.grand(5)
print(m.method_calls, m.mock_calls)
print(m.child is m.child, m.child.return_value is m.child.return_value)
seq = mock.Mock(side_effect=[10, 20, KeyError('k')])
print(seq(), seq())
try:
    seq()
except KeyError as e:
    print('KeyError', e)
fn = mock.Mock(side_effect=lambda x: x * 2)
print(fn(21))
try:
    m.assert_not_called()
except AssertionError as e:
    print(e)
try:
    mock.Mock().assert_called()
except AssertionError as e:
    print(e)


class Target:
    value = 'original'


with mock.patch.object(Target, 'value', 'patched'):
    print(Target.value)
print(Target.value)
with mock.patch.object(Target, 'value') as fake:
    print(type(fake).__name__)
print(mock.sentinel.a is mock.sentinel.a, mock.sentinel.a, mock.ANY == object())
m.reset_mock()
print(m.call_count, m.call_args)

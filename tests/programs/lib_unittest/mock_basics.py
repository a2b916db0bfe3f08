# unittest.mock: Mock call recording (call_args, call_args_list, mock_calls,
# method_calls with their names), call objects, ANY and sentinel, the assert_* methods and
# their messages, return_value/side_effect/wraps/configure_mock/reset_mock, spec and
# spec_set, MagicMock's magic methods, patch/patch.object/patch.dict/patch.multiple as
# decorators, context managers and start/stop, PropertyMock, attach_mock.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT, patch, PropertyMock, NonCallableMock
import os, unittest

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

m = Mock()
m(1, 2, a=3)
m.method("x")
m.method.sub(5)
m().chained(7)
print(m.call_args, m.call_args_list, m.call_count, m.called)
print(m.mock_calls)
print(m.method_calls)
print(m.method.mock_calls, m.method.call_args.args, m.method.call_args.kwargs)
print(m.mock_calls == [call(1, 2, a=3), call.method("x"), call.method.sub(5), call(), call().chained(7)])
print(call(1, a=2), call.foo.bar(3), call()(4), repr(call), repr(call.x), call(1) == call(1), call(1) == call(2))
print(call(1, x=ANY) == call(1, x=object()), ANY, sentinel.thing, sentinel.thing is sentinel.thing, DEFAULT)
print(call(1, 2).call_list() if False else call.a(1).b(2).call_list())
show("called_with ok", lambda: m.assert_called_with(1, 2, a=3))
show("called_with", lambda: m.assert_called_with(1, 2))
show("once", lambda: m.assert_called_once())
show("once_with", lambda: m.method.assert_called_once_with("x"))
show("once_with bad", lambda: m.method.assert_called_once_with("y"))
show("not_called", lambda: m.assert_not_called())
show("any", lambda: m.assert_any_call(1, 2, a=3))
show("any bad", lambda: m.assert_any_call(9))
show("has_calls", lambda: m.assert_has_calls([call.method("x"), call.method.sub(5)]))
show("has_calls bad", lambda: m.assert_has_calls([call.method("z")]))
show("has_calls any_order", lambda: m.assert_has_calls([call.method.sub(5), call(1, 2, a=3)], any_order=True))
show("has_calls any_order bad", lambda: m.assert_has_calls([call.nope()], any_order=True))
n = Mock(name="named")
show("never", lambda: n.assert_called_with(1))
show("never called", lambda: n.assert_called())
show("never once", lambda: n.assert_called_once())
show("typo", lambda: n.assert_caled())
show("typo2", lambda: n.called_once_with())
r = Mock(return_value=42)
print(r(), r(1))
s = Mock(side_effect=[1, 2, ValueError("third")])
print(s(), s())
show("effect", s)
show("exhausted", s)
e = Mock(side_effect=KeyError("k"))
show("exc", e)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
g = Mock(side_effect=lambda: DEFAULT, return_value=5)
print(g())
w = Mock(wraps=len)
print(w([1, 2, 3]), w.call_args)
c = Mock(**{"method.return_value": 3, "other.side_effect": ValueError, "attr": "v"})
print(c.method(), c.attr)
show("configured", c.other)
c.reset_mock()
print(c.method.call_count, c.mock_calls)
sp = Mock(spec=["alpha", "beta"])
print(sp.alpha is sp.alpha)
show("spec", lambda: sp.gamma)
class Thing:
    size = 3
    def run(self, x): return x
ts = Mock(spec=Thing)
print(isinstance(ts, Thing), ts.run(1) is ts.run.return_value)
show("spec thing", lambda: ts.walk)
ss = Mock(spec_set=Thing)
show("spec_set", lambda: setattr(ss, "walk", 1))
ss.size = 5
print(ss.size)
mm = MagicMock()
print(len(mm), [x for x in mm], 3 in mm, bool(mm), int(mm), float(mm), mm == mm, mm != mm, mm == 3)
mm.__len__.return_value = 7
mm.__iter__.return_value = iter([1, 2])
mm.__getitem__.side_effect = lambda k: k * 10
print(len(mm), [x for x in mm], mm[4], mm.__getitem__.call_args)
with mm as inside:
    print(inside is mm.__enter__.return_value)
print([c[0] for c in mm.mock_calls])
mm2 = MagicMock()
mm2.__str__.return_value = "custom"
print(str(mm2))
mm2.__eq__.return_value = True
print(mm2 == 1)
show("unsupported", lambda: setattr(mm2, "__getattr__", 1))
class Holder:
    value = 1
    def method(self): return "real"
with patch.object(Holder, "value", 99):
    print(Holder.value)
print(Holder.value)
with patch.object(Holder, "method") as pm:
    pm.return_value = "fake"
    print(Holder().method(), pm.call_count)
print(Holder().method())
@patch("os.getcwd", return_value="/nowhere")
@patch("os.listdir")
def decorated(extra, listdir, getcwd):
    listdir.return_value = ["a"]
    return os.getcwd(), os.listdir("."), extra, listdir.call_args
print(decorated("E"))
print(os.getcwd() != "/nowhere")
d = {"a": 1}
with patch.dict(d, {"b": 2}, a=5):
    print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
p = patch.object(Holder, "value", "started")
print(p.start(), Holder.value)
p.stop()
print(Holder.value)
with patch.multiple(Holder, value=7, method=DEFAULT) as made:
    print(Holder.value, sorted(made))
print(Holder.value)
show("bad target", lambda: patch("nodots"))
show("missing attr", lambda: patch.object(Holder, "nothing").start())
show("str target", lambda: patch.object("os", "x"))
with patch.object(Holder, "nothing", create=True, new=3):
    print(Holder.nothing)
print(hasattr(Holder, "nothing"))
class P:
    @property
    def prop(self): return 1
with patch.object(P, "prop", new_callable=PropertyMock) as pmock:
    pmock.return_value = 9
    print(P().prop, pmock.call_count)
parent = Mock()
child = Mock()
parent.attach_mock(child, "kid")
child(3)
print(parent.mock_calls)
nc = NonCallableMock()
show("noncallable", nc)
print(m.method.sub._extract_mock_name(), m()._extract_mock_name(), m().chained._extract_mock_name(), Mock(name="x").y._extract_mock_name())
@patch.object(Holder, "value", 11)
class TC(unittest.TestCase):
    def test_it(self):
        print("in test", Holder.value)
import io
unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(TC))
print(Holder.value)

# __slots__ on subclasses of the built-in containers (dict, list, set, frozenset; tuple's refused):
# slot values live beside the container's items, no __dict__ unless it is listed


class D(dict):
    __slots__ = ('a',)


class L(list):
    __slots__ = ('a', 'b')


class S(set):
    __slots__ = ('a',)


class F(frozenset):
    __slots__ = ('a',)


try:
    class T(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print('tuple:', e)


class DD(dict):
    __slots__ = ('a', '__dict__')


for obj in (D(x=1), L([1, 2]), S({3}), F({4}), DD(y=2)):
    name = type(obj).__name__
    print(name, obj, hasattr(obj, '__dict__'))
    try:
        print(obj.a)
    except AttributeError as e:
        print('unset:', e)
    obj.a = [name]
    print(obj.a, obj)
    try:
        obj.other = 1
        print('other set', obj.other, obj.__dict__)
    except AttributeError as e:
        print('AttributeError:', e)
    del obj.a
    try:
        del obj.a
    except AttributeError as e:
        print('deleted twice:', e)

l = L([1])
l.a, l.b = 1, 2
l.append(3)
print(l, l.a, l.b, L.a, L.b.__name__)
d = D(k=1)
d.a = 5
print(d == {'k': 1}, d.a, len(d))

# contextlib: the abstract context managers as ABCs (need abc)
from contextlib import AbstractContextManager, AbstractAsyncContextManager, nullcontext, ExitStack


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class ADuck:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


print(issubclass(Duck, AbstractContextManager), issubclass(ADuck, AbstractAsyncContextManager), issubclass(int, AbstractContextManager))
print(type(nullcontext), type(ExitStack).__name__, isinstance(ExitStack(), AbstractContextManager))
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
try:
    ExitStack().enter_context(nullcontext)
except TypeError as e:
    print("TypeError:", e)

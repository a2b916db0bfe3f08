def f(): return "deep"

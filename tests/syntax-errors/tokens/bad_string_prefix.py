s = x'abc'

raise RuntimeError("discovery must not import this file")

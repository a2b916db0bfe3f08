x = cond && a || b

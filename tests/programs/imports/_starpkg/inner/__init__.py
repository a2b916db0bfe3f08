I = "inner"

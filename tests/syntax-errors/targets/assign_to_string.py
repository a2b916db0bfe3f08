'name' = value

# TypeError concatenating str and int
age = 42
message = "age: " + age

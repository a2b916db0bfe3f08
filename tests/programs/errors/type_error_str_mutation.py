# TypeError assigning into a str
word = "hello"
word[0] = "j"

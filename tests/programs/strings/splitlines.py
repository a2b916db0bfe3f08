# splitlines and the characters that end lines
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines(keepends=True))
print("no newline".splitlines(), "\r\n\r".splitlines(True))
print("line1\nline2\n".split("\n"), "line1\nline2\n".splitlines())

# a SyntaxError raised by eval() at run time
print("evaluating")
eval("1 + * 2")

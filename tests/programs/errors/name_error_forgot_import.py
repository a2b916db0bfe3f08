# NameError for a standard module name that was not imported
print(sys.argv)

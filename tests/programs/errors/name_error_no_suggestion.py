# NameError for a name nothing resembles
print("start")
result = completely_unknown_identifier_xyz + 1

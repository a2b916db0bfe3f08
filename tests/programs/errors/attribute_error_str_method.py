# AttributeError for a misspelled str method
print("text".uper())

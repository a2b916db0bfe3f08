# deleting a name that is not bound: the carets are under the name
scores = {"ann": 3}
del scores["ann"]
print(scores)
del scores, missing_name

x = outer(inner[1, (2, 3

# TypeError for a unary operator on a str
print(-"5")

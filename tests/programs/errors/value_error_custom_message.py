# ValueError raised with a custom message after output
def set_age(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age
print(set_age(5))
set_age(-3)

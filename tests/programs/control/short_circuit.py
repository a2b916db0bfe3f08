# and / or short-circuit and return operands
def t(label, value):
    print("eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", "y"))
print(t("a", 1) and t("b", 0) or t("c", 3))
print(not t("a", []), not t("b", [0]))
print(1 and 2 and 3, 0 or "" or None, [] or {} or 0, "s" and [], None or "default")
print(all(t(i, i < 2) for i in range(5)), any(t(i, i > 1) for i in range(5)))

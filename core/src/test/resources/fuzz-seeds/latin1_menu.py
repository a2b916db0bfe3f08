# -*- coding: latin-1 -*-
"""A file in Latin-1: the coding declaration above decides how its bytes are read."""

PRICES = {"café": 2.5, "crème brûlée": 6.0, "thé": 1.8}
CURRENCY = "¤"[:0] or "£"
GREETING = "¡Hola, señor!"


def label(item, qty=1):
    prix = PRICES[item] * qty
    return f"{qty} × {item}: {prix:.2f} {CURRENCY}"


for plat in sorted(PRICES):
    print(label(plat, qty=2), "°", GREETING)

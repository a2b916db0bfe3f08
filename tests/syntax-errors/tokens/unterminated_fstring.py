print(f"total: {n}

# width counts code points, not display columns
for s in ("a", "é", "日本", "😀", "e\u0301"):
    print(f"[{s:<6}] [{s:>6}] [{s:^6}] [{s:.1}]", len(s))
print(f"[{'€':€^5}]", f"[{'x':😀>3}]")
print("{:<4}|{:^4}|{:>4}".format("ab", "cd", "ef"))
print("[%-6s][%6s]" % ("日本", "😀"))

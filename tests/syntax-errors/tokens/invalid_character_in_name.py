résumé_count = 1
print(résumé¢)

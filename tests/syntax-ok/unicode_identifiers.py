café = 1
naïve = café + 1
Ωmega = 2
数据 = [café, naïve]
ℌ = 3
def привет(имя):
    return имя

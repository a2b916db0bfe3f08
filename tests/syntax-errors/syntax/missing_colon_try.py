try
    x()
except:
    pass

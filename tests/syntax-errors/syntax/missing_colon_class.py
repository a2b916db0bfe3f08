class Shape
    pass

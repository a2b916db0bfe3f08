get_value() = 5

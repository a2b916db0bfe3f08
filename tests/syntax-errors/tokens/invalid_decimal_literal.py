place = 3rd

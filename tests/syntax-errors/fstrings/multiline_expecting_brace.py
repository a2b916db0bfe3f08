msg = f'''{
    a
    b
}'''

greeting = 'hello ' b'world'

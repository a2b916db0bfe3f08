class = 'math'

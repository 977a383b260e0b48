Y = 'inner'

X = 'subx'

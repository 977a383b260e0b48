print("running raises")
X = 1
raise ValueError("boom")

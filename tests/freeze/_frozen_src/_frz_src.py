# frozen as source text: compiled when imported
def double(x):
    return 2 * x
WHERE = "frozen source"

# a small text-processing program
text = """the cat sat on the mat
the dog sat on the log
a cat and a dog"""
counts = {}
for line in text.splitlines():
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print(w, counts[w])
print(max(counts, key=lambda w: (counts[w], w)))
longest = max(text.split(), key=len)
print(longest, len(text), text.count("\n"))
caps = " ".join(w.capitalize() for w in text.split()[:5])
print(caps)
print(text.upper().splitlines()[1][::-1])

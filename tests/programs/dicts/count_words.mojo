# Counting words with a Dict[String, Int]: d[w] = d.get(w, 0) + 1, output in first-seen order.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var text = String("the cat and the dog and the bird")
    var counts = Dict[String, Int]()
    for w in text.split():
        var key = String(w)
        counts[key] = counts.get(key, 0) + 1
    for it in counts.items():
        print(it.key, it.value)

import sys


class LRUCache:
    """A key-value cache of fixed capacity that evicts the least recently used key.
    get and put should take O(1) time on average."""

    def __init__(self, capacity):
        # TODO: set up your fields
        self.capacity = capacity

    def get(self, key):
        """Return the value stored for key, or -1 if key is not cached.
        A successful get makes key the most recently used."""
        # TODO
        return -1

    def put(self, key, value):
        """Store value for key (replacing any old value) and make key the most
        recently used. If this adds a key to a full cache, first evict the least
        recently used key."""
        # TODO
        pass


def main():
    data = sys.stdin.buffer.read().split()
    capacity, q = int(data[0]), int(data[1])
    cache = LRUCache(capacity)
    get, put = cache.get, cache.put
    out = []
    i = 2
    for _ in range(q):
        if data[i] == b"get":
            out.append(get(int(data[i + 1])))
            i += 2
        else:  # b"put"
            put(int(data[i + 1]), int(data[i + 2]))
            i += 3
    if out:
        sys.stdout.write("\n".join(map(str, out)) + "\n")


main()

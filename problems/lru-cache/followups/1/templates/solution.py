import sys


class LFUCache:
    """A key-value cache of fixed capacity that evicts the least frequently used key
    (among keys with the same use count, the least recently used one).
    get and put should take O(1) time on average (O(log n) is fine too)."""

    def __init__(self, capacity):
        # TODO: set up your fields
        self.capacity = capacity

    def get(self, key):
        """Return the value stored for key, or -1 if key is not cached.
        A successful get is a use of key: its count goes up by 1."""
        # TODO
        return -1

    def put(self, key, value):
        """Store value for key. Updating a cached key is a use (its count goes up by 1);
        a new key starts at count 1. If this adds a key to a full cache, first evict the
        key with the smallest count (the least recently used one among equal counts)."""
        # TODO
        pass


def main():
    data = sys.stdin.buffer.read().split()
    capacity, q = int(data[0]), int(data[1])
    cache = LFUCache(capacity)
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

# Intended solution: OrderedDict (a hash map threaded on a recency list), O(1) per operation.
import sys
from collections import OrderedDict


class LRUCache:
    """OrderedDict is a hash map threaded on a doubly linked list: keys are kept
    from the least to the most recently used."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        items = self.items
        value = items.get(key)
        if value is None:
            return -1
        items.move_to_end(key)
        return value

    def put(self, key, value):
        items = self.items
        if key in items:
            items.move_to_end(key)
        items[key] = value
        if len(items) > self.capacity:
            items.popitem(last=False)  # the least recently used key


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

# Intended solution: O(1) LFU. Keys are grouped by use count; each group is an OrderedDict
# in recency order (least recent first), and min_count is the smallest count present.
import sys
from collections import OrderedDict, defaultdict


class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}  # key -> [value, count]
        self.groups = defaultdict(OrderedDict)  # count -> keys, least recently used first
        self.min_count = 0

    def _touch(self, key, entry):
        """One more use of key: from the group of its count to the end of the next one."""
        count = entry[1]
        group = self.groups[count]
        del group[key]
        if not group:
            del self.groups[count]
            if self.min_count == count:
                self.min_count = count + 1
        entry[1] = count + 1
        self.groups[count + 1][key] = None

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self._touch(key, entry)
        return entry[0]

    def put(self, key, value):
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            self._touch(key, entry)
            return
        if len(self.entries) == self.capacity:
            group = self.groups[self.min_count]
            victim, _ = group.popitem(last=False)  # fewest uses, then least recent
            if not group:
                del self.groups[self.min_count]
            del self.entries[victim]
        self.entries[key] = [value, 1]
        self.groups[1][key] = None
        self.min_count = 1


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

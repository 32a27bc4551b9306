# Intended solution: per key, sorted timestamps and values; get is a binary search.
import sys
from bisect import bisect_right


class TimeMap:
    """Per key, two parallel lists (timestamps, values) in timestamp order: set
    appends, get bisects."""

    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        times = self.times.get(key)
        if times is None:
            self.times[key] = [timestamp]
            self.values[key] = [value]
        else:
            times.append(timestamp)  # stays sorted: timestamps increase for each key
            self.values[key].append(value)

    def get(self, key, timestamp):
        times = self.times.get(key)
        if times is None:
            return "-"
        pos = bisect_right(times, timestamp)  # versions at indices < pos have time <= t
        return self.values[key][pos - 1] if pos else "-"


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    store = TimeMap()
    out = []
    i = 1
    for _ in range(q):
        if data[i] == b"set":
            store.set(data[i + 1].decode(), data[i + 2].decode(), int(data[i + 3]))
            i += 4
        else:  # b"get"
            out.append(store.get(data[i + 1].decode(), int(data[i + 2])))
            i += 3
    if out:
        sys.stdout.write("\n".join(out) + "\n")


main()

import sys


class TimeMap:
    """A key-value store that keeps every version of every key. For each key,
    set is called with strictly increasing timestamps."""

    def __init__(self):
        # TODO: set up your fields
        pass

    def set(self, key, value, timestamp):
        """Store value for key at the given timestamp."""
        # TODO
        pass

    def get(self, key, timestamp):
        """Return the value stored for key with the largest timestamp <= timestamp,
        or "-" if there is none (key never set, or set only later)."""
        # TODO
        return ""


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

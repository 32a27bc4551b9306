# Two Sum on a sorted array: two pointers from both ends. O(n) time, O(1) extra space.
# The values are read in chunks into an array of 32-bit ints (4 bytes each): a list of
# Python ints, or the whole input split at once, would not fit in the memory limit.
import sys
from array import array


def read_values(stream):
    """All whitespace-separated integers up to the end of the stream, as a compact array."""
    values = array("i")
    rest = b""
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        chunk = rest + chunk
        parts = chunk.split()
        # The last token may continue in the next chunk.
        rest = parts.pop() if parts and not chunk[-1:].isspace() else b""
        values.extend(map(int, parts))
    if rest:
        values.append(int(rest))
    return values


def main():
    stream = sys.stdin.buffer
    header = stream.readline().split()
    if not header:
        return
    n, target = int(header[0]), int(header[1])
    a = read_values(stream)
    l, r = 0, n - 1
    while l < r:
        s = a[l] + a[r]  # Python ints do not overflow
        if s == target:
            print(l, r)
            return
        if s > target:
            r -= 1
        else:
            l += 1
    print(-1, -1)


main()

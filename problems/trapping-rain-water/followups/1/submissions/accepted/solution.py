# Trapping Rain Water with O(1) extra space: two pointers with running maxima.
# The heights are read in chunks into an array of 32-bit ints (4 bytes each): a list of
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


def trap(h):
    l, r = 0, len(h) - 1
    max_l = max_r = 0
    water = 0
    while l < r:
        hl, hr = h[l], h[r]
        if hl > max_l:
            max_l = hl
        if hr > max_r:
            max_r = hr
        if max_l <= max_r:
            water += max_l - hl
            l += 1
        else:
            water += max_r - hr
            r -= 1
    return water


def main():
    stream = sys.stdin.buffer
    line = stream.readline()
    if not line.strip():
        return
    print(trap(read_values(stream)))


main()

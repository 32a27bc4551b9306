import sys
from array import array


def trap(height):
    """Use O(1) extra memory besides the heights (an array of 32-bit ints).
    Return the total amount of water trapped between the bars of the given heights."""
    # TODO: your code here
    return 0


def read_values(stream):
    """Read the integers up to the end of the stream in chunks, into an array of 32-bit ints
    (4 bytes each: a list of Python ints would not fit in the memory limit)."""
    values = array("i")
    rest = b""
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        chunk = rest + chunk
        parts = chunk.split()
        rest = parts.pop() if parts and not chunk[-1:].isspace() else b""
        values.extend(map(int, parts))
    if rest:
        values.append(int(rest))
    return values


def main():
    stream = sys.stdin.buffer
    n = int(stream.readline())
    height = read_values(stream)
    print(trap(height))


main()

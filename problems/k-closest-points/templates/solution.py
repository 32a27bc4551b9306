import sys


def kClosest(points, k):
    """Return the k points of `points` (a list of (x, y) tuples) closest to the
    origin (0, 0), in any order. If several points tie at the boundary distance,
    any of them may be chosen."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    coords = list(map(int, data[2:2 + 2 * n]))
    points = list(zip(coords[0::2], coords[1::2]))
    result = kClosest(points, k)
    sys.stdout.write("".join("%d %d\n" % (x, y) for x, y in result))


main()

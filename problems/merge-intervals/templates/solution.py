import sys


def merge(intervals):
    """intervals is a list of [l, r] closed intervals, in any order.
    Return the merged intervals (overlapping or touching ones combined) as a list of
    [l, r], sorted by l."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    intervals = [[v[2 * i], v[2 * i + 1]] for i in range(n)]
    result = merge(intervals)
    sys.stdout.write(f"{len(result)}\n" + "".join(f"{l} {r}\n" for l, r in result))


main()

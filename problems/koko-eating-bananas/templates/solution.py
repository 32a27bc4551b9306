import sys


def minEatingSpeed(piles, h):
    """Return the smallest integer speed k >= 1 such that eating the piles at k bananas per
    hour (one pile at a time, ceil(pile / k) hours per pile) takes at most h hours."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n, h = int(data[0]), int(data[1])
    piles = list(map(int, data[2:2 + n]))
    print(minEatingSpeed(piles, h))


main()

# Binary search on the speed. O(n log max(piles)).
import sys


def min_eating_speed(piles, h):
    lo, hi = 1, max(piles)
    while lo < hi:
        k = (lo + hi) // 2
        # ceil(p / k) = -(-p // k); Python integers do not overflow
        if -sum(-p // k for p in piles) <= h:
            hi = k
        else:
            lo = k + 1
    return lo


def main():
    data = sys.stdin.buffer.read().split()
    n, h = int(data[0]), int(data[1])
    piles = list(map(int, data[2:2 + n]))
    sys.stdout.write(f"{min_eating_speed(piles, h)}\n")


main()

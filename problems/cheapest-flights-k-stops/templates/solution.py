import sys


def findCheapestPrice(n, flights, src, dst, k):
    """Cities are numbered 1..n. Each (u, v, p) in flights is a one-way flight from u to v
    that costs p. Return the cheapest price of a route from src to dst with at most k stops
    (at most k + 1 flights), 0 if src == dst, or -1 if there is no such route."""
    # TODO: your code here
    return 0


def main():
    nums = list(map(int, sys.stdin.buffer.read().split()))
    n, m = nums[0], nums[1]
    flights = [tuple(nums[2 + 3 * i:5 + 3 * i]) for i in range(m)]
    src, dst, k = nums[2 + 3 * m:5 + 3 * m]
    print(findCheapestPrice(n, flights, src, dst, k))


main()

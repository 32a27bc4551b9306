import sys


def networkDelayTime(n, k, edges):
    """Nodes are numbered 1..n. Each (u, v, w) in edges is a one-way link from u to v with
    delay w (1 <= w <= 10^9). A signal starts at node k at time 0. Return the time at
    which the last node receives it, or -1 if some node never does."""
    # TODO: your code here
    return 0


def main():
    nums = list(map(int, sys.stdin.buffer.read().split()))
    n, m, k = nums[0], nums[1], nums[2]
    it = iter(nums)
    for _ in range(3):
        next(it)
    edges = list(zip(it, it, it))  # m triples (u, v, w)
    del nums, it
    print(networkDelayTime(n, k, edges))


main()

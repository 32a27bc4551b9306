import sys


def count_after_each(intervals):
    """intervals[i] = [l, r], the closed interval that arrives i-th.
    Return a list counts where counts[i] is the number of disjoint intervals in the union
    of intervals[0..i] (overlapping or touching intervals merge)."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    intervals = [[v[2 * i], v[2 * i + 1]] for i in range(n)]
    counts = count_after_each(intervals)
    sys.stdout.write("".join(f"{c}\n" for c in counts))


main()

# Top k frequent: count with collections.Counter, then take the k most common.
# O(n + d log d), where d is the number of distinct values.
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    count = Counter(map(int, data[2:2 + n]))
    best = count.most_common(k)
    print(" ".join(str(v) for v, _ in best))


main()

# Top k frequent with a min-heap of size k over the (count, value) pairs: O(n + d log k).
import heapq
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    count = Counter(map(int, data[2:2 + n]))
    heap = []
    for v, c in count.items():
        if len(heap) < k:
            heapq.heappush(heap, (c, v))
        elif c > heap[0][0]:
            heapq.heapreplace(heap, (c, v))
    print(" ".join(str(v) for _, v in heap))


main()

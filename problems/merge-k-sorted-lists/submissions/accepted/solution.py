# Intended solution: a min-heap of the k list heads, O(N log k) time, O(k) extra space.
import heapq
import sys


class ListNode:
    __slots__ = ("val", "next")

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def mergeKLists(lists):
    """Merge the k sorted lists (some of them may be empty: None) by relinking their
    nodes, and return the head of the merged sorted list (None if every list is empty
    or k = 0)."""
    # The heap holds one integer key per non-empty list: (value << 17) | list index. It orders
    # by value, then by index, and compares much faster than (value, index, node) tuples; the
    # index also means two nodes are never compared (ListNode has no ordering).
    cur = list(lists)
    heap = [(head.val << 17) | i for i, head in enumerate(cur) if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    mask = (1 << 17) - 1
    heapreplace, heappop = heapq.heapreplace, heapq.heappop
    while heap:
        i = heap[0] & mask
        node = cur[i]
        nxt = node.next
        if nxt is not None:
            cur[i] = nxt
            heapreplace(heap, (nxt.val << 17) | i)
        else:
            heappop(heap)
        tail.next = node
        tail = node
    tail.next = None
    return dummy.next


def build(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    lists = []
    total = 0
    pos = 1
    for _ in range(k):
        length = int(data[pos])
        lists.append(build(list(map(int, data[pos + 1:pos + 1 + length]))))
        total += length
        pos += 1 + length

    result = mergeKLists(lists)

    # Print at most total + 1 nodes, so that a cycle gives a wrong answer, not endless output.
    out = []
    p = result
    while p is not None and len(out) <= total:
        out.append(p.val)
        p = p.next
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()

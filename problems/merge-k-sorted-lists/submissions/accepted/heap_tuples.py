# Accepted: the textbook heap of (value, list index, node) tuples, heappop then heappush.
# Slower than solution.py, still well within the limit.
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
    heap = [(head.val, i, head) for i, head in enumerate(lists) if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = node
        tail = node
        if node.next is not None:
            # The index i breaks ties: without it, equal values would compare the nodes.
            heapq.heappush(heap, (node.next.val, i, node.next))
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

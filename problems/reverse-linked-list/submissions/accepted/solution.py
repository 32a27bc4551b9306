# Intended solution: iterative pointer reversal, O(n) time, O(1) extra space.
import sys


class ListNode:
    __slots__ = ("val", "next")

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def reverseList(head):
    """Reverse the list by relinking its nodes and return the new head
    (the old tail), or None for an empty list."""
    prev = None
    cur = head
    while cur is not None:
        nxt = cur.next  # save the rest before overwriting the link
        cur.next = prev
        prev = cur
        cur = nxt
    return prev


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    head = None
    for i in range(n, 0, -1):  # build from the tail towards the head
        head = ListNode(int(data[i]), head)

    result = reverseList(head)

    # Print at most n + 1 nodes, so that a cycle gives a wrong answer, not endless output.
    out = []
    p = result
    while p is not None and len(out) <= n:
        out.append(p.val)
        p = p.next
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()

# Intended solution: Floyd's tortoise and hare, then a second walk from the head to the
# first node of the cycle. O(n) time, O(1) extra space.
import sys


class ListNode:
    __slots__ = ("val", "next")

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def detectCycle(head):
    """Return the node where the cycle begins (the first node reached twice when
    walking from head), or None if the list has no cycle. Do not modify the list."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:  # inside the cycle: now find its first node
            p = head
            while p is not slow:  # compare before moving: the answer may be head
                p = p.next
                slow = slow.next
            return p
    return None  # fast fell off the end: no cycle


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:1 + n]))
    pos = int(data[1 + n])
    nodes = [ListNode(v) for v in values]
    for i in range(n - 1):
        nodes[i].next = nodes[i + 1]
    if n > 0 and pos >= 0:
        nodes[-1].next = nodes[pos]
    head = nodes[0] if n > 0 else None

    result = detectCycle(head)

    # The list must be unchanged.
    for i in range(n):
        want = nodes[i + 1] if i + 1 < n else (nodes[pos] if pos >= 0 else None)
        if nodes[i].val != values[i] or nodes[i].next is not want:
            print(f"error: the list was modified (node {i})")
            return
    if result is None:
        print(-1)
        return
    for i in range(n):
        if nodes[i] is result:
            print(i)
            return
    print("error: the returned node is not a node of the list")


main()

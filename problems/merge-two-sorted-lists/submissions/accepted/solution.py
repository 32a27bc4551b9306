# Intended solution: dummy head + two pointers, O(n + m) time, O(1) extra space.
import sys


class ListNode:
    __slots__ = ("val", "next")

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def mergeTwoLists(list1, list2):
    """Merge the two sorted lists by relinking their nodes and return the head
    of the merged sorted list (None if both are empty)."""
    dummy = tail = ListNode()
    while list1 is not None and list2 is not None:
        if list1.val <= list2.val:
            tail.next = list1
            list1 = list1.next
        else:
            tail.next = list2
            list2 = list2.next
        tail = tail.next
    tail.next = list1 if list1 is not None else list2  # the leftover is already sorted
    return dummy.next


def build(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    list1 = build(list(map(int, data[1:1 + n])))
    m = int(data[1 + n])
    list2 = build(list(map(int, data[2 + n:2 + n + m])))

    result = mergeTwoLists(list1, list2)

    # Print at most n + m + 1 nodes, so that a cycle gives a wrong answer, not endless output.
    out = []
    p = result
    while p is not None and len(out) <= n + m:
        out.append(p.val)
        p = p.next
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()

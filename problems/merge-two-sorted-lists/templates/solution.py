import sys


class ListNode:
    __slots__ = ("val", "next")

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def mergeTwoLists(list1, list2):
    """Merge the two sorted lists by relinking their nodes and return the head
    of the merged sorted list (None if both are empty)."""
    # TODO: your code here
    return None


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

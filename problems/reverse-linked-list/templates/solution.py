import sys


class ListNode:
    __slots__ = ("val", "next")

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def reverseList(head):
    """Reverse the list by relinking its nodes and return the new head
    (the old tail), or None for an empty list."""
    # TODO: your code here
    return None


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

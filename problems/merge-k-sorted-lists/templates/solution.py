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
    # TODO: your code here
    return None


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

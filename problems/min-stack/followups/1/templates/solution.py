import sys


class MaxStack:
    """A stack of integers that also reports its maximum and can remove it from anywhere.
    Every operation should take O(log n) time."""

    def __init__(self):
        # TODO: set up your fields
        pass

    def push(self, x):
        """Put x on top of the stack."""
        # TODO
        pass

    def pop(self):
        """Remove the top element (the stack is never empty here)."""
        # TODO
        pass

    def top(self):
        """Return the top element (the stack is never empty here)."""
        # TODO
        return 0

    def getMax(self):
        """Return the largest element in the stack (the stack is never empty here)."""
        # TODO
        return 0

    def popMax(self):
        """Remove the largest element and return it; if it occurs several times, remove the
        copy nearest the top (the stack is never empty here)."""
        # TODO
        return 0


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    stack = MaxStack()
    out = []
    i = 1
    for _ in range(q):
        op = data[i]
        i += 1
        if op == b"push":
            stack.push(int(data[i]))
            i += 1
        elif op == b"pop":
            stack.pop()
        elif op == b"top":
            out.append(stack.top())
        elif op == b"getMax":
            out.append(stack.getMax())
        else:  # b"popMax"
            out.append(stack.popMax())
    if out:
        sys.stdout.write("\n".join(map(str, out)) + "\n")


main()

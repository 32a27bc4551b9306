import sys


class MinStack:
    """A stack of integers that also reports its minimum.
    Every operation should take O(1) time."""

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

    def getMin(self):
        """Return the smallest element in the stack (the stack is never empty here)."""
        # TODO
        return 0


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    stack = MinStack()
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
        else:  # b"getMin"
            out.append(stack.getMin())
    if out:
        sys.stdout.write("\n".join(map(str, out)) + "\n")


main()

# Intended solution: a second stack of running minimums, O(1) per operation.
import sys


class MinStack:
    """Each entry keeps the minimum of the stack up to and including itself."""

    def __init__(self):
        self.values = []
        self.mins = []

    def push(self, x):
        self.values.append(x)
        mins = self.mins
        mins.append(x if not mins or x < mins[-1] else mins[-1])

    def pop(self):
        self.values.pop()
        self.mins.pop()

    def top(self):
        return self.values[-1]

    def getMin(self):
        return self.mins[-1]


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

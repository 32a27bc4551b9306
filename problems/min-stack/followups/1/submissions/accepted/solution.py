# Max stack with popMax: a list as the stack, a heap for the maximum, and lazy deletion.
# Every pushed element gets an increasing id. pop and popMax only mark the element removed;
# the stack and the heap throw away marked entries when they reach their top.
# O(log n) amortized per operation.
import heapq
import sys


class MaxStack:
    def __init__(self):
        self.stack = []      # (value, id), bottom to top
        self.heap = []       # (-value, -id): the maximum, the copy nearest the top first
        self.removed = set()  # ids removed by pop or popMax
        self.next_id = 0

    def push(self, x):
        i = self.next_id
        self.next_id += 1
        self.stack.append((x, i))
        heapq.heappush(self.heap, (-x, -i))

    def _clean_stack(self):
        stack, removed = self.stack, self.removed
        while stack[-1][1] in removed:
            removed.discard(stack.pop()[1])  # each id is seen at most once more: the heap's

    def _clean_heap(self):
        heap, removed = self.heap, self.removed
        while -heap[0][1] in removed:
            removed.discard(-heapq.heappop(heap)[1])

    def pop(self):
        self._clean_stack()
        x, i = self.stack.pop()
        self.removed.add(i)  # still in the heap

    def top(self):
        self._clean_stack()
        return self.stack[-1][0]

    def getMax(self):
        self._clean_heap()
        return -self.heap[0][0]

    def popMax(self):
        self._clean_heap()
        v, i = heapq.heappop(self.heap)
        self.removed.add(-i)  # still in the stack
        return -v


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

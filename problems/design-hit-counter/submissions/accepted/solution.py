# Intended solution: a queue of (second, hits in that second); count drops the expired seconds.
import sys
from collections import deque


class HitCounter:
    """A deque of [second, hits in that second], oldest first, and the total."""

    def __init__(self):
        self.seconds = deque()
        self.total = 0

    def hit(self, timestamp):
        seconds = self.seconds
        if seconds and seconds[-1][0] == timestamp:
            seconds[-1][1] += 1  # another hit in the same second
        else:
            seconds.append([timestamp, 1])
        self.total += 1

    def count(self, timestamp):
        seconds = self.seconds
        cutoff = timestamp - 300  # hits at or before cutoff have left the window
        while seconds and seconds[0][0] <= cutoff:
            self.total -= seconds.popleft()[1]
        return self.total


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    counter = HitCounter()
    out = []
    for i in range(1, 2 * q, 2):
        if data[i] == b"hit":
            counter.hit(int(data[i + 1]))
        else:  # b"count"
            out.append(counter.count(int(data[i + 1])))
    if out:
        sys.stdout.write("\n".join(map(str, out)) + "\n")


main()

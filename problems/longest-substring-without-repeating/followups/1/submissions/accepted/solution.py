# Follow-up: the symbols are integers up to 2^31 - 1, so the last-seen table is a dict
# value -> last index. Same sliding window: O(n) expected time, O(min(n, alphabet)) space.
import sys


def longest_distinct_run(a):
    last = {}
    best = left = 0
    for right, x in enumerate(a):
        p = last.get(x, -1)
        if p >= left:
            left = p + 1
        last[x] = right
        if right - left + 1 > best:
            best = right - left + 1
    return best


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    del data  # a million byte strings: free them before building the dict
    print(longest_distinct_run(a))


main()

import sys


def minMeetingRooms(intervals):
    """intervals is a list of [s, e]: meetings occupying the half-open interval [s, e).
    Return the minimum number of rooms needed to hold all meetings."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    intervals = [[v[2 * i], v[2 * i + 1]] for i in range(n)]
    print(minMeetingRooms(intervals))


main()

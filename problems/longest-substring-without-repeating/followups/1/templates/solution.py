import sys


def longest_distinct_run(a):
    """Return the length of the longest block of consecutive values of a in which no value
    repeats. Values are between 0 and 2^31 - 1; a may be empty."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    del data
    print(longest_distinct_run(a))


main()

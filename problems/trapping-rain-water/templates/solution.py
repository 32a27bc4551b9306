import sys


def trap(height):
    """Return the total amount of water trapped between the bars of the given heights."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    height = list(map(int, data[1:1 + n]))
    print(trap(height))


main()

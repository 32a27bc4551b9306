import sys


def max_profit(k, prices):
    """Return the largest total profit of at most k trades (buy one share, sell it on a
    later day; at most one share held at a time), or 0 if no trade makes money."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    prices = list(map(int, data[2:2 + n]))
    print(max_profit(k, prices))


main()

import sys


def maxProfit(prices):
    """Return the maximum profit of one buy followed by one later sell, or 0 if no trade
    makes money."""
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    prices = list(map(int, data[1:1 + n]))
    print(maxProfit(prices))


main()

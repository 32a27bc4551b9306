# One pass: best profit selling today = price - cheapest price before today. O(n).
import sys


def max_profit(prices):
    best = 0
    if not prices:
        return 0
    lowest = prices[0]
    for p in prices:
        if p < lowest:
            lowest = p
        elif p - lowest > best:
            best = p - lowest
    return best


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    prices = list(map(int, data[1:1 + n]))
    sys.stdout.write(f"{max_profit(prices)}\n")


main()

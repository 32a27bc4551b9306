# At most k transactions: for t = 1..k keep buy[t] (best cash while holding the share of the
# t-th transaction) and sell[t] (best cash after the t-th sale), updated day by day.
# O(n k) time, O(k) space. With k >= n/2 every rise can be its own trade.
import sys


def max_profit(k, prices):
    n = len(prices)
    if n < 2 or k == 0:
        return 0
    if k >= n // 2:
        return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
    buy = [-10**18] * (k + 1)
    sell = [0] * (k + 1)
    for p in prices:
        for t in range(1, k + 1):
            b = sell[t - 1] - p
            if b > buy[t]:
                buy[t] = b
            s = buy[t] + p
            if s > sell[t]:
                sell[t] = s
    return sell[k]


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    prices = list(map(int, data[2:2 + n]))
    sys.stdout.write(f"{max_profit(k, prices)}\n")


main()

# Bottom-up DP, one coin at a time: best[a] = min(best[a], best[a - c] + 1).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = set(int(x) for x in data[2:2 + n])
    unreachable = amount + 1  # more coins than any real answer can use
    best = [0] + [unreachable] * amount
    for c in coins:
        if c > amount:
            continue
        for a in range(c, amount + 1):
            v = best[a - c] + 1
            if v < best[a]:
                best[a] = v
    print(best[amount] if best[amount] < unreachable else -1)


main()

import sys


def coinChange(coins: list[int], amount: int) -> int:
    """Return the fewest coins (each value usable any number of times) that add up to
    exactly amount, or -1 if that is impossible. amount = 0 needs 0 coins.
    """
    # TODO: your code here
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = [int(x) for x in data[2:2 + n]]
    print(coinChange(coins, amount))


main()

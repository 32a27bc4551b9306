import sys


def total_n_queens(n):
    """Return the number of ways to place n queens on an n x n board so that no two attack
    each other (same row, column or diagonal)."""
    # TODO: your code here
    return 0


def main():
    n = int(sys.stdin.buffer.read().split()[0])
    print(total_n_queens(n))


main()

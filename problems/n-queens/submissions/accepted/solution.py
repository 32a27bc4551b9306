# N-Queens count: row-by-row backtracking with bit masks of the attacked columns and
# diagonals. A board and its mirror image are counted together: place the first queen only in
# the left half and double, then add the middle column separately when n is odd.
import sys


def count_from(n, cols, d1, d2, full):
    """Number of ways to complete a board whose filled rows attack cols/d1/d2."""
    if cols == full:
        return 1
    total = 0
    free = full & ~(cols | d1 | d2)
    while free:
        bit = free & -free
        free ^= bit
        total += count_from(n, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1, full)
    return total


def total_n_queens(n):
    full = (1 << n) - 1
    total = 0
    for c in range(n // 2):
        bit = 1 << c
        total += count_from(n, bit, (bit << 1) & full, bit >> 1, full)
    total *= 2
    if n % 2 == 1:
        bit = 1 << (n // 2)
        total += count_from(n, bit, (bit << 1) & full, bit >> 1, full)
    return total


def main():
    n = int(sys.stdin.buffer.read().split()[0])
    print(total_n_queens(n))


main()

import sys


def spiralOrder(matrix):
    """Return the values of the matrix (a list of rows) in spiral order: along the top row
    from left to right, down the right column, along the bottom row from right to left, up
    the left column, then the same for the inner part, until every cell has been listed
    exactly once. The matrix has at least one row and one column; it need not be square."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + rows * cols]))
    del data
    matrix = [nums[r * cols:(r + 1) * cols] for r in range(rows)]
    del nums

    out = spiralOrder(matrix)

    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()

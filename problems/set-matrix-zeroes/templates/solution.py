import sys


def setZeroes(matrix):
    """For every cell that holds 0 in the original matrix (a list of rows), set its whole
    row and its whole column to 0. Modify the lists in place: the caller prints `matrix`
    afterwards and ignores the return value. Zeros that you write do not count as original
    zeros."""
    # TODO: your code here
    pass


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + rows * cols]))
    del data
    matrix = [nums[r * cols:(r + 1) * cols] for r in range(rows)]
    del nums

    setZeroes(matrix)

    sys.stdout.write("\n".join(" ".join(map(str, row)) for row in matrix) + "\n")


main()

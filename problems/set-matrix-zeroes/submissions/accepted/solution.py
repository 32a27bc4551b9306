# Intended solution: mark the rows and columns that hold a zero first, then clear them;
# O(rows * cols) time, O(rows + cols) extra space.
import sys


def setZeroes(matrix):
    cols = len(matrix[0])
    zero_rows = []
    zero_cols = set()
    for i, row in enumerate(matrix):
        if 0 in row:
            zero_rows.append(i)
            zero_cols.update(j for j, v in enumerate(row) if v == 0)
    zero_cols = sorted(zero_cols)
    if zero_cols:
        for row in matrix:
            for j in zero_cols:
                row[j] = 0
    for i in zero_rows:
        matrix[i][:] = [0] * cols


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

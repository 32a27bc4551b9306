# Intended solution: transpose, then reverse every row; O(n^2) time, O(1) extra space.
import sys


def rotate(matrix):
    n = len(matrix)
    for i in range(n):
        row = matrix[i]
        for j in range(i + 1, n):
            row[j], matrix[j][i] = matrix[j][i], row[j]
    for row in matrix:
        row.reverse()


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n * n]))
    del data
    matrix = [nums[r * n:(r + 1) * n] for r in range(n)]
    del nums

    rotate(matrix)

    sys.stdout.write("\n".join(" ".join(map(str, row)) for row in matrix) + "\n")


main()

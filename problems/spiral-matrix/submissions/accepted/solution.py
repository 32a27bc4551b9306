# Intended solution: walk the boundary of a shrinking rectangle, O(rows * cols).
import sys


def spiralOrder(matrix):
    out = []
    if not matrix:
        return out
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        out.extend(matrix[top][left:right + 1])
        top += 1
        for i in range(top, bottom + 1):
            out.append(matrix[i][right])
        right -= 1
        if top <= bottom:  # a row is left: walk it right to left
            out.extend(reversed(matrix[bottom][left:right + 1]))
            bottom -= 1
        if left <= right:  # a column is left: walk it bottom to top
            for i in range(bottom, top - 1, -1):
                out.append(matrix[i][left])
            left += 1
    return out


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

# WA: builds the rotated matrix correctly, but assigns it to the local name `matrix`,
# which does not change the list the caller holds: the caller prints the original matrix.
import sys


def rotate(matrix):
    matrix = [list(col) for col in zip(*matrix[::-1])]  # should be matrix[:] = ...


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

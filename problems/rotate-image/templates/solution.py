import sys


def rotate(matrix):
    """Rotate the n x n matrix (a list of rows) by 90 degrees clockwise, in place: modify
    the lists themselves, the caller prints `matrix` afterwards and ignores the return
    value. Try not to build a second n x n matrix."""
    # TODO: your code here
    pass


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

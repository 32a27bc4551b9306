import sys


def threeSum(nums):
    """Return every distinct triplet (x, y, z) of values at three different positions of
    nums with x + y + z == 0, each triplet exactly once. Any order: main() sorts them."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    res = sorted(tuple(sorted(t)) for t in threeSum(nums))  # canonical form
    out = [str(len(res))]
    out += ["%d %d %d" % t for t in res]
    sys.stdout.write("\n".join(out) + "\n")


main()

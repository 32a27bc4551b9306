import sys
from array import array


def twoSum(nums, target):
    """nums is sorted in non-decreasing order. Use O(1) extra memory.
    Return (i, j) with 0 <= i < j < len(nums) and nums[i] + nums[j] == target,
    or (-1, -1) if no such pair exists. Any valid pair is accepted."""
    # TODO: your code here
    return (-1, -1)


def read_values(stream):
    """Read the integers up to the end of the stream in chunks, into an array of 32-bit ints
    (4 bytes each: a list of Python ints would not fit in the memory limit)."""
    values = array("i")
    rest = b""
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        chunk = rest + chunk
        parts = chunk.split()
        rest = parts.pop() if parts and not chunk[-1:].isspace() else b""
        values.extend(map(int, parts))
    if rest:
        values.append(int(rest))
    return values


def main():
    stream = sys.stdin.buffer
    n, target = map(int, stream.readline().split())
    nums = read_values(stream)
    i, j = twoSum(nums, target)
    print(i, j)


main()

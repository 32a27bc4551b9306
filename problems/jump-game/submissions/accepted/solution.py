# Greedy scan: keep the furthest reachable index. O(n) time.
import sys


def can_jump(nums):
    far = 0
    last = len(nums) - 1
    for i, x in enumerate(nums):
        if i > far:
            return False
        if i + x > far:
            far = i + x
            if far >= last:
                return True
    return True


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    sys.stdout.write("true\n" if can_jump(nums) else "false\n")


main()

# Trapping Rain Water: two pointers with running maxima.
import sys


def trap(h):
    l, r = 0, len(h) - 1
    max_l = max_r = 0
    water = 0
    while l < r:
        hl, hr = h[l], h[r]
        if hl > max_l:
            max_l = hl
        if hr > max_r:
            max_r = hr
        if max_l <= max_r:
            water += max_l - hl
            l += 1
        else:
            water += max_r - hr
            r -= 1
    return water


data = sys.stdin.buffer.read().split()
n = int(data[0])
print(trap(list(map(int, data[1:1 + n]))))

# WA: uses only the tallest bar to the left as the water level and forgets that the right
# side must hold the water too. It is right when the tallest bar is the last one, and
# overcounts after the highest peak (e.g. 3 1 2 gives 3 instead of 1).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n]))
water = 0
max_l = 0
for x in h:
    max_l = max(max_l, x)
    water += max_l - x
print(water)

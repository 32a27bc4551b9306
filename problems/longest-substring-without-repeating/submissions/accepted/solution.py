# Longest substring without repeating characters: sliding window with the last index of each
# character.
import sys


def lengthOfLongestSubstring(s):
    last = {}
    best = left = 0
    for right, c in enumerate(s):
        prev = last.get(c, -1)
        if prev >= left:
            left = prev + 1
        last[c] = right
        if right - left + 1 > best:
            best = right - left + 1
    return best


s = sys.stdin.buffer.readline().decode().rstrip("\r\n")
print(lengthOfLongestSubstring(s))

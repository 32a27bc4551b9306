# Right where case does not matter (sample, group1), wrong in group2.
print(input().strip())

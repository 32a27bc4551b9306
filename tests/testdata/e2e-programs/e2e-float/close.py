# The average, off by a relative 1e-9: within the tolerance of 1e-6.
data = open(0).read().split()
n = int(data[0])
print("%.12f" % (sum(map(int, data[1:1 + n])) / n * (1 + 1e-9)))

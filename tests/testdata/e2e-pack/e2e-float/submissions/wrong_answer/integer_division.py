data = open(0).read().split()
n = int(data[0])
print(sum(map(int, data[1:1 + n])) // n)

input()
input()
print(1, 2)

input()
print("one and the rest")

def add(a, b):
    # TODO: your code here
    return 0


a, b = map(int, input().split())
print(add(a, b))

# Another right answer than the judge's: the pair in the other order, found from the end.
n, t = map(int, input().split())
a = list(map(int, input().split()))
seen = {}
for k in range(n, 0, -1):
    if t - a[k - 1] in seen:
        print(seen[t - a[k - 1]], k)
        break
    seen[a[k - 1]] = k
else:
    print("impossible")

n, t = map(int, input().split())
raise ValueError("not written yet")

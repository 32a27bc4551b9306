# Echoes its input to standard error, and crashes on a negative number, quoting the input.
import sys

a, b = map(int, input().split())
print("read", a, "and", b, file=sys.stderr)
if a < 0:
    raise ValueError(f"cannot add {a} and {b}")
print(a + b)

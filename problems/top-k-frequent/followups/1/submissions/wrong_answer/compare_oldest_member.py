# WA: the "keep the answer itself" method, but a play from outside is compared with the
# member that joined the answer first instead of the weakest member. When the oldest member
# is a strong value, a weaker member that should have been replaced stays in the answer.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k, q = int(data[0]), int(data[1])
    count = {}
    top = {}
    out = []
    i = 2
    for _ in range(q):
        if data[i] == b"add":
            x = int(data[i + 1])
            i += 2
            c = count.get(x, 0) + 1
            count[x] = c
            if x in top:
                continue
            if len(top) < k:
                top[x] = True
                continue
            oldest = next(iter(top))  # BUG: should be the member with the smallest count
            if c > count[oldest]:
                del top[oldest]
                top[x] = True
        else:
            i += 1
            out.append(" ".join(map(str, top)))
    sys.stdout.write("\n".join(out) + "\n" if out else "")


main()

# Follow-up: counts only ever go up by one, so keep the current answer itself. `top` holds
# min(k, d) values, and every value in it is played at least as often as every value outside.
# A play of x keeps that true, except when x is outside and now beats the weakest member of
# `top`: then x replaces that member (its count was equal to x's old count, so it is still
# at least every outsider). O(k) per play at worst, O(k) per query.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k, q = int(data[0]), int(data[1])
    count = {}
    top = {}                     # the current answer: value -> True (a dict keeps it small)
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
            weakest = min(top, key=count.__getitem__)
            if c > count[weakest]:
                del top[weakest]
                top[x] = True
        else:  # b"top"
            i += 1
            out.append(" ".join(map(str, top)))
    sys.stdout.write("\n".join(out) + "\n" if out else "")


main()

# WRONG ANSWER: when an interval joins the current group it sets end = r instead of
# end = max(end, r), so an interval nested inside the current one ([1, 10] then [2, 3])
# shrinks it.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    iv = sorted(zip(v[0::2], v[1::2]))
    out = []
    for l, r in iv:
        if out and l <= out[-1][1]:
            out[-1][1] = r
        else:
            out.append([l, r])
    sys.stdout.write(f"{len(out)}\n" + "".join(f"{l} {r}\n" for l, r in out))


main()

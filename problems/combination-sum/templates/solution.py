import sys


def combinationSum(candidates: list[int], target: int) -> list[list[int]]:
    """Return every distinct combination of candidates (each may be used any number of
    times) that sums to target. Each combination is a multiset: return it once, in any
    order; the combinations themselves may come in any order.
    """
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    candidates = [int(x) for x in data[2:2 + n]]
    combos = combinationSum(candidates, target)
    lines = [str(len(combos))] + [" ".join(map(str, sorted(c))) for c in combos]
    sys.stdout.write("\n".join(lines) + "\n")


main()

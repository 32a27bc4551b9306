import sys


def num_islands_after_each(rows, cols, cells):
    """The grid has rows x cols cells, all water at first. cells[i] = (r, c) becomes land at
    step i (it may already be land). Return a list counts where counts[i] is the number of
    islands (4-directional) after the first i + 1 additions."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    rows, cols, q = int(data[0]), int(data[1]), int(data[2])
    v = list(map(int, data[3:3 + 2 * q]))
    cells = list(zip(v[0::2], v[1::2]))
    counts = num_islands_after_each(rows, cols, cells)
    sys.stdout.write("".join(f"{x}\n" for x in counts))


main()

import sys


def dailyTemperatures(temps):
    """For every day i, return the number of days until a strictly warmer day
    (0 if there is none), as a list with one entry per day."""
    # TODO: your code here
    return []


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    temps = list(map(int, data[1:1 + n]))

    answer = dailyTemperatures(temps)

    sys.stdout.write(" ".join(map(str, answer)) + "\n")


main()

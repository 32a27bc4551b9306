# Intended solution: monotonic stack of days still waiting for a warmer one, O(n).
import sys


def dailyTemperatures(temps):
    """For every day i, return the number of days until a strictly warmer day
    (0 if there is none), as a list with one entry per day."""
    answer = [0] * len(temps)
    waiting = []  # days without a warmer day yet; their temperatures never increase
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer  # days left in `waiting` keep 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    temps = list(map(int, data[1:1 + n]))

    answer = dailyTemperatures(temps)

    sys.stdout.write(" ".join(map(str, answer)) + "\n")


main()

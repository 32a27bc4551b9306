# Talks with the submission: reads its guesses on standard input, answers on standard output.
import sys

secret = int(open(sys.argv[1]).read())
print(1, 100, flush=True)
for _ in range(10):
    guess = int(sys.stdin.readline())
    if guess == secret:
        print("correct", flush=True)
        sys.exit(42)
    print("lower" if secret < guess else "higher", flush=True)
sys.exit(43)

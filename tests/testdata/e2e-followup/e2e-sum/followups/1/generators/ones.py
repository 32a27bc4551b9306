import sys

n = int(sys.argv[1])
sys.stdout.write(f"{n}\n" + "1\n" * n)

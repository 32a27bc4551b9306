import os

pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
a, b = map(int, input().split())
print(a + b)

# WA: matches every closing bracket correctly but forgets to check that the stack is empty at
# the end, so unclosed openers such as "((" are wrongly accepted.
import sys

s = sys.stdin.buffer.readline().decode().strip()
closer = {"(": ")", "[": "]", "{": "}"}
st = []
ok = True
for c in s:
    if c in closer:
        st.append(closer[c])
    elif not st or st.pop() != c:
        ok = False
        break
print("true" if ok else "false")

# Valid Parentheses: a stack of the expected closing brackets.
import sys


def isValid(s):
    closer = {"(": ")", "[": "]", "{": "}"}
    st = []
    push, pop = st.append, st.pop
    for c in s:
        want = closer.get(c)
        if want is not None:
            push(want)
        elif not st or pop() != c:
            return False
    return not st


s = sys.stdin.buffer.readline().decode().strip()
print("true" if isValid(s) else "false")

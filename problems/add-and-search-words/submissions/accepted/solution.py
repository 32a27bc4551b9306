# Intended solution: a trie of nested dicts; search branches into every child at a '.'.
import sys

END = "$"  # key that marks the end of a word; never a letter


class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word):
        node = self.root
        for ch in word:
            nxt = node.get(ch)
            if nxt is None:
                nxt = node[ch] = {}
            node = nxt
        node[END] = True

    def search(self, pattern):
        n = len(pattern)

        def match(node, i):
            while i < n:
                ch = pattern[i]
                if ch == ".":
                    for key, child in node.items():
                        if key != END and match(child, i + 1):
                            return True
                    return False
                node = node.get(ch)
                if node is None:
                    return False
                i += 1
            return END in node

        return match(self.root, 0)


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    d = WordDictionary()
    add, search = d.addWord, d.search
    out = []
    for i in range(1, 2 * q + 1, 2):
        op, w = data[i], data[i + 1].decode()
        if op == b"add":
            add(w)
        else:  # b"search"
            out.append("true" if search(w) else "false")
    if out:
        sys.stdout.write("\n".join(out) + "\n")


main()

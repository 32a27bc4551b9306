# Intended solution: a trie of nested dicts; O(|w|) per operation.
import sys

END = "$"  # key that marks the end of a word; never a letter


class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            nxt = node.get(ch)
            if nxt is None:
                nxt = node[ch] = {}
            node = nxt
        node[END] = True

    def _walk(self, s):
        node = self.root
        for ch in s:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._walk(word)
        return node is not None and END in node

    def startsWith(self, prefix):
        return self._walk(prefix) is not None


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    trie = Trie()
    insert, search, starts_with = trie.insert, trie.search, trie.startsWith
    out = []
    for i in range(1, 2 * q + 1, 2):
        op, w = data[i], data[i + 1].decode()
        if op == b"insert":
            insert(w)
        elif op == b"search":
            out.append("true" if search(w) else "false")
        else:  # b"prefix"
            out.append("true" if starts_with(w) else "false")
    if out:
        sys.stdout.write("\n".join(out) + "\n")


main()

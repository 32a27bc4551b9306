import sys


class Trie:
    """A trie (prefix tree) of lowercase words. Every operation should take O(length of
    the word) time, whatever the number of words stored."""

    def __init__(self):
        # TODO: set up your fields
        pass

    def insert(self, word):
        """Add word to the set of words (adding a word twice changes nothing)."""
        # TODO
        pass

    def search(self, word):
        """Return True if word was inserted before."""
        # TODO
        return False

    def startsWith(self, prefix):
        """Return True if some inserted word starts with prefix (a word starts with
        itself)."""
        # TODO
        return False


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

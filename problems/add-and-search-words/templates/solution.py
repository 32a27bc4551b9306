import sys


class WordDictionary:
    """A dictionary of lowercase words that can be searched with patterns in which '.'
    stands for any one letter."""

    def __init__(self):
        # TODO: set up your fields
        pass

    def addWord(self, word):
        """Add word to the dictionary (adding a word twice changes nothing)."""
        # TODO
        pass

    def search(self, pattern):
        """Return True if some added word matches pattern: the same length, and equal
        letters wherever pattern has a letter ('.' matches any letter). Patterns have at
        most 2 dots."""
        # TODO
        return False


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

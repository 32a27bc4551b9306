def shout(word):
    return word.strip().upper()

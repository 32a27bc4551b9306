# A submission in two files: problemtools runs main.py.
from shout import shout

print(shout(input()))

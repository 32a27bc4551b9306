#!/usr/bin/env python3
"""Size generator for n-queens (used by [complexity]).

usage: size.py N
  prints the board size N (1 <= N <= 12): the whole test.
"""
import sys

print(int(sys.argv[1]))

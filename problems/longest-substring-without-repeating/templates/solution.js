'use strict';

// Return the length of the longest substring of s in which no character repeats.
// s contains printable ASCII characters (spaces included) and may be empty.
function lengthOfLongestSubstring(s) {
  // TODO: your code here
  return 0;
}

const input = require('fs').readFileSync(0, 'utf8');
let s = input.split('\n')[0]; // the whole first line: s may contain spaces
if (s.endsWith('\r')) s = s.slice(0, -1);
console.log(String(lengthOfLongestSubstring(s)));

'use strict';

// Use memory proportional to the shorter word: the full table does not fit.
// Return the fewest single-letter insertions, deletions and replacements that turn word1
// into word2 (either word may be empty).
function minDistance(word1, word2) {
  // TODO: your code here
  return 0;
}

const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const word1 = (lines[0] || '').replace(/\r$/, '');
const word2 = (lines[1] || '').replace(/\r$/, '');
console.log(String(minDistance(word1, word2)));

'use strict';

/**
 * Return the number of palindromic substrings of s. Substrings at different positions count
 * separately, even when they are equal.
 * @param {string} s
 * @return {number}
 */
function countSubstrings(s) {
  // TODO: your code here
  return -1;
}

function main() {
  const s = require('fs').readFileSync(0, 'utf8').trim();
  process.stdout.write(countSubstrings(s) + '\n');
}

main();

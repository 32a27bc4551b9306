'use strict';

/**
 * Return true if s can be split into a sequence of one or more words of wordDict (a word may
 * be used any number of times), false otherwise.
 * @param {string} s
 * @param {string[]} wordDict
 * @return {boolean}
 */
function wordBreak(s, wordDict) {
  // TODO: your code here
  return false;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((t) => t.length > 0);
  const s = data[0];
  const m = Number(data[1]);
  const wordDict = data.slice(2, 2 + m);
  process.stdout.write((wordBreak(s, wordDict) ? 'true' : 'false') + '\n');
}

main();

'use strict';

// Return the length of the longest block of consecutive values of a in which no value
// repeats. Values are between 0 and 2^31 - 1; a may be empty.
function longestDistinctRun(a) {
  // TODO: your code here
  return 0;
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const a = data.slice(1, 1 + n);
console.log(String(longestDistinctRun(a)));

'use strict';

// Return true if every bracket in s is closed by a bracket of the same type, in the right
// order; false otherwise. s contains only ()[]{} and may be empty.
function isValid(s) {
  // TODO: your code here
  return false;
}

const input = require('fs').readFileSync(0, 'utf8');
const s = input.split('\n')[0].trim(); // the whole first line; empty when s is empty
console.log(isValid(s) ? 'true' : 'false');

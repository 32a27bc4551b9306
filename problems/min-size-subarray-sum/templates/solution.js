'use strict';

// Return the minimum length of a contiguous subarray of nums whose sum is >= target,
// or 0 if there is none. All nums are positive. (Sums stay below 2^53: Numbers are exact.)
function minSubArrayLen(target, nums) {
  // TODO: your code here
  return 0;
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
const n = Number(data[0]);
const target = Number(data[1]);
const nums = new Array(n);
for (let k = 0; k < n; k++) nums[k] = Number(data[2 + k]);
console.log(String(minSubArrayLen(target, nums)));

'use strict';

// Return [i, j] with 0 <= i < j < nums.length and nums[i] + nums[j] === target,
// or [-1, -1] if no such pair exists. Any valid pair is accepted.
function twoSum(nums, target) {
  // TODO: your code here
  return [-1, -1];
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
const n = Number(data[0]);
const target = Number(data[1]);
const nums = new Array(n);
for (let k = 0; k < n; k++) nums[k] = Number(data[2 + k]);
const [i, j] = twoSum(nums, target);
console.log(`${i} ${j}`);

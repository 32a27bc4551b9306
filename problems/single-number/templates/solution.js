'use strict';

/**
 * Every value in nums appears exactly twice, except one value that appears once.
 * Return that value. Aim for O(n) time and O(1) extra memory.
 * @param {number[]} nums
 * @return {number}
 */
function singleNumber(nums) {
  // TODO: your code here
  return 0;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const nums = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = Number(data[1 + i]);
  process.stdout.write(String(singleNumber(nums)) + '\n');
}

main();

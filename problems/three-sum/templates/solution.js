'use strict';

// Return every distinct triplet [x, y, z] of values at three different positions of nums
// with x + y + z === 0, each triplet exactly once. Any order: the code below sorts them.
function threeSum(nums) {
  // TODO: your code here
  return [];
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
const n = Number(data[0]);
const nums = new Array(n);
for (let k = 0; k < n; k++) nums[k] = Number(data[1 + k]);
const res = threeSum(nums).map((t) => [...t].sort((p, q) => p - q)); // canonical form
res.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);
const out = [String(res.length)];
for (const t of res) out.push(`${t[0]} ${t[1]} ${t[2]}`);
process.stdout.write(out.join('\n') + '\n');

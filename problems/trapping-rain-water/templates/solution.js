'use strict';

// Return the total amount of water trapped between the bars of the given heights.
// (The total stays below 2^53, so a Number holds it exactly.)
function trap(height) {
  // TODO: your code here
  return 0;
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
const n = Number(data[0]);
const height = new Array(n);
for (let k = 0; k < n; k++) height[k] = Number(data[1 + k]);
console.log(String(trap(height)));

'use strict';

// Courses are numbered 1..n. Each pair [a, b] in prerequisites means that course b must be
// taken before course a. Return an order that takes all n courses (any valid order), or an
// empty array if no such order exists.
function findOrder(n, prerequisites) {
  // TODO: your code here
  return [];
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const m = data[1];
const prerequisites = [];
for (let i = 0; i < m; i++) prerequisites.push([data[2 + 2 * i], data[3 + 2 * i]]);
const order = findOrder(n, prerequisites);
console.log(order.length === 0 ? 'IMPOSSIBLE' : order.join(' '));

'use strict';

// Return every distinct combination of candidates (each may be used any number of times)
// that sums to target. Each combination is a multiset: return it once, in any order; the
// combinations themselves may come in any order.
function combinationSum(candidates, target) {
  // TODO: your code here
  return [];
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const target = data[1];
const candidates = data.slice(2, 2 + n);
const combos = combinationSum(candidates, target);
const lines = [String(combos.length)];
for (const combo of combos) lines.push([...combo].sort((x, y) => x - y).join(' '));
console.log(lines.join('\n'));

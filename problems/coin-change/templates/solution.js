'use strict';

// Return the fewest coins (each value usable any number of times) that add up to exactly
// amount, or -1 if that is impossible. amount = 0 needs 0 coins.
function coinChange(coins, amount) {
  // TODO: your code here
  return 0;
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const amount = data[1];
const coins = data.slice(2, 2 + n);
console.log(String(coinChange(coins, amount)));

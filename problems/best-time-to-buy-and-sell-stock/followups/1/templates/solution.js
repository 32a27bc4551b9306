const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// Return the largest total profit of at most k trades (buy one share, sell it on a later
// day; at most one share held at a time), or 0 if no trade makes money.
// (Totals stay below 2^53, so plain numbers are exact.)
function maxProfit(k, prices) {
    // TODO: your code here
    return 0;
}

const n = data[0];
const k = data[1];
const prices = data.slice(2, 2 + n);
console.log(String(maxProfit(k, prices)));

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// Return the maximum profit of one buy followed by one later sell, or 0 if no trade
// makes money.
function maxProfit(prices) {
    // TODO: your code here
    return 0;
}

const n = data[0];
const prices = data.slice(1, 1 + n);
console.log(String(maxProfit(prices)));

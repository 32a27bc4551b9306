const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// Return the smallest integer speed k >= 1 such that eating the piles at k bananas per
// hour (one pile at a time, ceil(pile / k) hours per pile) takes at most h hours.
function minEatingSpeed(piles, h) {
    // TODO: your code here
    return 0;
}

const n = data[0], h = data[1];
const piles = data.slice(2, 2 + n);
console.log(String(minEatingSpeed(piles, h)));

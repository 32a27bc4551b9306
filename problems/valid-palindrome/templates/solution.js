const data = require('fs').readFileSync(0, 'utf8');

// Return true if s, keeping only letters and digits and ignoring case, reads the same
// forwards and backwards.
function isPalindrome(s) {
  // TODO: your code here
  return false;
}

const nl = data.indexOf('\n');
const s = nl >= 0 ? data.slice(0, nl) : data;
console.log(isPalindrome(s) ? 'true' : 'false');

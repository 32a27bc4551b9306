'use strict';

// Use O(1) extra memory besides the heights (an Int32Array).
// Return the total amount of water trapped between the bars of the given heights.
// (The total stays below 2^53, so a Number holds it exactly.)
function trap(height) {
  // TODO: your code here
  return 0;
}

// Reads the input in chunks (splitting the whole input into strings would not fit in the
// memory limit).
const fs = require('fs');
const buf = Buffer.alloc(1 << 16);
let len = 0;
let pos = 0;
function nextByte() {
  if (pos === len) {
    for (;;) {
      try {
        len = fs.readSync(0, buf, 0, buf.length, null);
        break;
      } catch (e) {
        if (e.code !== 'EAGAIN') throw e;
      }
    }
    pos = 0;
    if (len === 0) return -1;
  }
  return buf[pos++];
}
function nextInt() {
  let c = nextByte();
  while (c === 32 || c === 10 || c === 13 || c === 9) c = nextByte();
  let neg = false;
  if (c === 45) {
    neg = true;
    c = nextByte();
  }
  let x = 0;
  while (c >= 48 && c <= 57) {
    x = x * 10 + (c - 48);
    c = nextByte();
  }
  return neg ? -x : x;
}

const n = nextInt();
const height = new Int32Array(n);
for (let k = 0; k < n; k++) height[k] = nextInt();
console.log(String(trap(height)));

'use strict';

/**
 * Return the values of the matrix (an array of rows) in spiral order: along the top row
 * from left to right, down the right column, along the bottom row from right to left, up
 * the left column, then the same for the inner part, until every cell has been listed
 * exactly once. The matrix has at least one row and one column; it need not be square.
 * @param {number[][]} matrix
 * @return {number[]}
 */
function spiralOrder(matrix) {
  // TODO: your code here
  return [];
}

function main() {
  const buf = require('fs').readFileSync(0);
  let pos = 0;
  const nextInt = () => {
    while (buf[pos] !== 45 && (buf[pos] < 48 || buf[pos] > 57)) pos++;
    let neg = false;
    if (buf[pos] === 45) {
      neg = true;
      pos++;
    }
    let x = 0;
    while (buf[pos] >= 48 && buf[pos] <= 57) x = x * 10 + (buf[pos++] - 48);
    return neg ? -x : x;
  };
  const rows = nextInt();
  const cols = nextInt();
  const matrix = [];
  for (let r = 0; r < rows; r++) {
    const row = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = nextInt();
    matrix.push(row);
  }

  const out = spiralOrder(matrix);

  writeInts(out);
}

// Prints the values on one line, separated by spaces (faster than join for 10^6 numbers).
function writeInts(values) {
  if (!Array.isArray(values) || !values.every(Number.isSafeInteger)) {
    process.stdout.write((Array.isArray(values) ? values.join(' ') : String(values)) + '\n');
    return;
  }
  const buf = Buffer.allocUnsafe(values.length * 18 + 1);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    if (i > 0) buf[pos++] = 32;
    let v = values[i];
    if (v < 0) {
      buf[pos++] = 45;
      v = -v;
    }
    const start = pos;
    do {
      buf[pos++] = 48 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
    for (let a = start, b = pos - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  buf[pos++] = 10;
  process.stdout.write(buf.subarray(0, pos));
}

main();

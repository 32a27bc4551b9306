// Intended solution: walk the boundary of a shrinking rectangle, O(rows * cols).
'use strict';

function spiralOrder(matrix) {
  const rows = matrix.length;
  const cols = matrix[0].length;
  const out = new Array(rows * cols);
  let k = 0;
  let top = 0;
  let bottom = rows - 1;
  let left = 0;
  let right = cols - 1;
  while (top <= bottom && left <= right) {
    const topRow = matrix[top];
    for (let j = left; j <= right; j++) out[k++] = topRow[j];
    top++;
    for (let i = top; i <= bottom; i++) out[k++] = matrix[i][right];
    right--;
    if (top <= bottom) { // a row is left: walk it right to left
      const bottomRow = matrix[bottom];
      for (let j = right; j >= left; j--) out[k++] = bottomRow[j];
      bottom--;
    }
    if (left <= right) { // a column is left: walk it bottom to top
      for (let i = bottom; i >= top; i--) out[k++] = matrix[i][left];
      left++;
    }
  }
  return out;
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

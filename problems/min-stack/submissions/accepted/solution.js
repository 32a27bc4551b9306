// Intended solution: a second stack of running minimums, O(1) per operation.
'use strict';

class MinStack {
  constructor() {
    this.values = [];
    this.mins = [];
  }

  push(x) {
    const mins = this.mins;
    this.values.push(x);
    mins.push(mins.length === 0 || x < mins[mins.length - 1] ? x : mins[mins.length - 1]);
  }

  pop() {
    this.values.pop();
    this.mins.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.mins[this.mins.length - 1];
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const q = Number(data[0]);
  const stack = new MinStack();
  const out = [];
  let i = 1;
  for (let k = 0; k < q; k++) {
    const op = data[i++];
    if (op === 'push') {
      stack.push(Number(data[i++]));
    } else if (op === 'pop') {
      stack.pop();
    } else if (op === 'top') {
      out.push(stack.top());
    } else { // 'getMin'
      out.push(stack.getMin());
    }
  }
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();

'use strict';

/** A stack of integers that also reports its minimum. Every operation should take O(1) time. */
class MinStack {
  constructor() {
    // TODO: set up your fields
  }

  /** Put x on top of the stack. @param {number} x */
  push(x) {
    // TODO
  }

  /** Remove the top element (the stack is never empty here). */
  pop() {
    // TODO
  }

  /** Return the top element (the stack is never empty here). @return {number} */
  top() {
    // TODO
    return 0;
  }

  /** Return the smallest element in the stack (the stack is never empty here). @return {number} */
  getMin() {
    // TODO
    return 0;
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

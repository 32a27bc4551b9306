'use strict';

class ListNode {
  constructor(val, next = null) {
    this.val = val;
    this.next = next;
  }
}

/**
 * Reverse the list by relinking its nodes and return the new head
 * (the old tail), or null for an empty list.
 * @param {ListNode|null} head
 * @return {ListNode|null}
 */
function reverseList(head) {
  // TODO: your code here
  return null;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  let head = null;
  for (let i = n; i >= 1; i--) head = new ListNode(Number(data[i]), head);

  const result = reverseList(head);

  // Print at most n + 1 nodes, so that a cycle gives a wrong answer, not endless output.
  const out = [];
  for (let p = result; p !== null && out.length <= n; p = p.next) out.push(p.val);
  process.stdout.write(out.join(' ') + '\n');
}

main();

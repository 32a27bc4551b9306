'use strict';

class ListNode {
  constructor(val, next = null) {
    this.val = val;
    this.next = next;
  }
}

/**
 * Return the node where the cycle begins (the first node reached twice when
 * walking from head), or null if the list has no cycle. Do not modify the list.
 * @param {ListNode|null} head
 * @return {ListNode|null}
 */
function detectCycle(head) {
  // TODO: your code here
  return null;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const values = [];
  for (let i = 0; i < n; i++) values.push(Number(data[1 + i]));
  const pos = Number(data[1 + n]);
  const nodes = values.map((v) => new ListNode(v));
  for (let i = 0; i + 1 < n; i++) nodes[i].next = nodes[i + 1];
  if (n > 0 && pos >= 0) nodes[n - 1].next = nodes[pos];
  const head = n > 0 ? nodes[0] : null;

  const result = detectCycle(head);

  // The list must be unchanged.
  for (let i = 0; i < n; i++) {
    const want = i + 1 < n ? nodes[i + 1] : (pos >= 0 ? nodes[pos] : null);
    if (nodes[i].val !== values[i] || nodes[i].next !== want) {
      process.stdout.write(`error: the list was modified (node ${i})\n`);
      return;
    }
  }
  if (result === null || result === undefined) {
    process.stdout.write('-1\n');
    return;
  }
  const index = nodes.indexOf(result);
  process.stdout.write(index >= 0 ? `${index}\n` : 'error: the returned node is not a node of the list\n');
}

main();

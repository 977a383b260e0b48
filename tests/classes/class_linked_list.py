# a linked list class
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev = None
        n = self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
    def __repr__(self):
        return "LL(" + " -> ".join(map(str, self)) + ")"
ll = LinkedList(range(5))
print(ll, len(ll))
ll.reverse()
print(ll)
ll.push("x")
print(ll, list(ll)[:2])
print(LinkedList())

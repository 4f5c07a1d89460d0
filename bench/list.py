class Node:
    __slots__ = ("val", "next")

    def __init__(self, val, next):
        self.val = val
        self.next = next


head = None
for i in range(1000000):
    head = Node(i % 1000, head)
length = total = 0
p = head
while p is not None:
    length += 1
    total += p.val
    p = p.next
prev = None
while head is not None:
    nxt = head.next
    head.next = prev
    prev = head
    head = nxt
head = prev
weighted = i = 0
p = head
while p is not None:
    weighted = (weighted + i * p.val) % 1000000007
    i += 1
    p = p.next
print(length, total, weighted, head.val)

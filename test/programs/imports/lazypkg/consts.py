# pyheap-test: module (part of lazypkg)
X = 21

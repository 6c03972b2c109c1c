// Tests: a constant shift by a negative constant count
package main

const c = 1 << -1

func main() {}

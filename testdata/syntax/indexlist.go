// Tests: syntax error: index list with a non-type second element
package main

func main() { a := [2]int{}; a[1,2] = 3 }

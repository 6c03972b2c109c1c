// Tests: syntax error: ellipsis after a trailing comma in a call
package main

func main() { f(a, ...) }

// Tests: syntax error: case body running into the next case
package main

func main() { switch { case 1: fallthrough default: } }

// Tests: syntax error: select case that is not a communication
package main

func main() { select { case x: } }

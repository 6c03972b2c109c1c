// Tests: syntax error: parameters without a separating comma
package main

func f(x int y int) {}

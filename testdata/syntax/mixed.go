// Tests: syntax error: mixed named and unnamed parameters
package main

func f(a int, string) {}

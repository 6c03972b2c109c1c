// Tests: syntax error: method with an empty receiver list
package main

func () M() {}

func main() {}

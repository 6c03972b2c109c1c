// Tests: a generic function with an empty type parameter list
package main

func h[] () {}

func main() {}

// Tests: a type declaration without a type
package main

type T ]

func main() {}

// Tests: compile error: func main and func init with type parameters
package main

func init[T any]() {}

func main[T any]() {}

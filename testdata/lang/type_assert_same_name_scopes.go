// Tests: a failed type assertion between a local type and a package type spelled alike says "(types from different scopes)".
package main

import "fmt"

type T struct{}

var X any

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	type T struct{}
	X = T{}
	try(func() { _ = X.(T) })
	try(func() {
		type T struct{}
		_ = X.(T)
	})
	X = 1
	try(func() { _ = X.(T) })
}

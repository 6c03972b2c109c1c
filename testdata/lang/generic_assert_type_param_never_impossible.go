// Tests: in a generic body a type assertion or type switch case to the type parameter is not an impossible assertion whatever the instance (Go checks the body once); it fails at run time when the dynamic type differs
package main

import "fmt"

type Whatever interface{ Whatever() }

type holder struct{}

type w struct{}

func (w) Whatever() {}

func X[T any]() T {
	var m T
	if _, ok := any(m).(Whatever); ok {
		var dst Whatever
		_, _ = dst.(T)
		return dst.(T)
	}
	return m
}

func kind[T any](x Whatever) string {
	switch x.(type) {
	case T:
		return "T"
	}
	return "other"
}

func main() {
	fmt.Println(X[holder]())
	fmt.Println(kind[holder](w{}), kind[w](w{}), kind[int](nil))
	X[w]()
}

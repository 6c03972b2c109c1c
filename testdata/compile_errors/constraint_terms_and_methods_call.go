// A constraint with specific types and a method: the body may call the
// constraint's methods on a value of the type parameter, and no other.
package main

type Num interface {
	~int | ~int64
	String() string
}

func Bad[T Num](x T) string {
	x.Len()
	return x.String()
}

func main() {}

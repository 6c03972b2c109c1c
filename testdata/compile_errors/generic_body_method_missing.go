// Tests: a method the constraint does not have, called on a type parameter value
package main

import "fmt"

type Stringer interface{ String() string }

func show[T Stringer](x T) {
	fmt.Println(x.String(), x.Len())
}

func main() {}

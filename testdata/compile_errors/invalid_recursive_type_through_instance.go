package main

// E2 is a valid generic type on its own; T2 contains itself through its
// instance E2[T2], so types2 reports the cycle from T2 (validType is
// called for each declared type, never for an instance), though E2 is
// declared first.
type E2[P any] struct{ _ P }

type T2 struct {
	_ E2[T2]
}

func main() {
	var t T2
	_ = t
}

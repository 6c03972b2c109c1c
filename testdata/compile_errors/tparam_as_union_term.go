package main

// A term of a type set may be *P or []P, but not the type parameter P
// itself (nor ~P).
type Ptrs[P any] interface {
	*P | []P
}

type Either[P any] interface {
	int | P
}

func main() {
	var x Ptrs[int]
	_ = x
}

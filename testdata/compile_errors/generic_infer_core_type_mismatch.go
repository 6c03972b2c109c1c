package main

type Str interface{ ~string }

func S[T Str](t T) T { return t }

func main() {
	var i int
	S(i)
}

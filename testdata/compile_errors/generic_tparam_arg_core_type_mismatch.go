package main

type Str interface{ ~string }
type Int interface{ ~int | ~int64 }

func S[T Str](t T) T { return t }
func I[T Int](t T) T { return t }

func F[R ~int](r R) R {
	_ = I(r)
	return S(r)
}

func main() { F(1) }

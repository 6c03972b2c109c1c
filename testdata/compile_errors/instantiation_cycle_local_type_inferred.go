package main

func F[T any](x T, n int) {
	type loc struct{ t T }
	if n > 0 {
		F(loc{x}, n-1)
	}
}

func main() {
	F(1, 3)
}

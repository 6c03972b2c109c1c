package calc

func Twice(n int) int {
	return n * undefinedFactor
}

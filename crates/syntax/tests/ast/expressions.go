package p

var (
	a = 1 + 2*3 - 4/5%6<<7
	b = x || y && z == w
	c = -x * ^y &^ z
	d = <-ch
	e = (*T)(nil)
	f = []byte("s")[1:]
	g = m[k].f.(interface{ M() })
	h = func(xs ...int) (n int) { return len(xs) }
	i = [...]string{2: "b", 0: "a"}
	j = map[[2]int]struct{ x, y int }{{1, 2}: {3, 4}}
	k = 0x1p-2 + 1_000i + 'x' + `raw`
	l = f[int, string](x, ys...)
	m = make(<-chan chan<- int)
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
)

// Tests: runtime.GC parks its caller while it marks, so a finalizer queued by one cycle runs by the next runtime.GC call: a loop that polls the finalizer's channel with select-default sees it; a pointer-free object ([4]int, struct of ints) is finalized too
package main

import "runtime"

type arr [4]int

type pair struct{ a, b int }

type boxed struct{ p *int }

var (
	g1 *arr
	g2 *pair
	g3 *boxed
)

// wait runs up to ten cycles, polling done after each.
func wait(done chan struct{}) bool {
	for i := 0; i < 10; i++ {
		runtime.GC()
		select {
		case <-done:
			return true
		default:
		}
	}
	return false
}

func main() {
	d1, d2, d3 := make(chan struct{}), make(chan struct{}), make(chan struct{})
	g1 = &arr{1, 2, 3, 4}
	runtime.SetFinalizer(g1, func(a *arr) { println("finalized arr", a[3]); close(d1) })
	g2 = &pair{5, 6}
	runtime.SetFinalizer(g2, func(p *pair) { println("finalized pair", p.b); close(d2) })
	g3 = &boxed{new(int)}
	runtime.SetFinalizer(g3, func(*boxed) { println("finalized boxed"); close(d3) })

	println("reachable:", wait(d1), wait(d2), wait(d3))
	g1 = nil
	println("arr:", wait(d1))
	g2 = nil
	println("pair:", wait(d2))
	g3 = nil
	println("boxed:", wait(d3))
}

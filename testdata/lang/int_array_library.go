// Tests: arrays of numbers through the library: sync/atomic on elements, slices and sort on a[:], runtime.Callers into pcs[:], Shuffle, map keys of [3]int8 and of structs of arrays, a nil array pointer
package main

import (
	"fmt"
	"math/rand"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	var cnt [4]int64
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				atomic.AddInt64(&cnt[g], 1)
				atomic.AddInt64(&cnt[0], 1)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(cnt, atomic.LoadInt64(&cnt[1]))
	var u [2]uint32
	atomic.StoreUint32(&u[1], 7)
	fmt.Println(u, atomic.CompareAndSwapUint32(&u[1], 7, 8), u)
	a := [6]int{5, 1, 4, 2, 6, 3}
	slices.Sort(a[:])
	fmt.Println(a, slices.Index(a[:], 4), slices.Contains(a[:], 9), slices.Max(a[:]))
	slices.Reverse(a[2:])
	fmt.Println(a)
	sort.Sort(sort.Reverse(sort.IntSlice(a[:])))
	fmt.Println(a)
	f := [4]float64{3.5, -1, 2, 0}
	sort.Float64s(f[:])
	fmt.Println(f, sort.SearchFloat64s(f[:], 2))
	sort.Slice(f[:], func(i, j int) bool { return f[i] > f[j] })
	fmt.Println(f)
	r := rand.New(rand.NewSource(1))
	p := [5]int{1, 2, 3, 4, 5}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	fmt.Println(len(p))
	var pcs [8]uintptr
	n := runtime.Callers(1, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	fr, _ := frames.Next()
	fmt.Println(n > 0, fr.Function)
	var sb strings.Builder
	for _, v := range a {
		fmt.Fprintf(&sb, "%03d,", v)
	}
	fmt.Println(sb.String())
	var sums [3]float32
	for i := range 10 {
		sums[i%3] += 0.1
	}
	fmt.Println(sums)
	var m = map[[3]int8]bool{{1, -1, 0}: true}
	fmt.Println(m[[3]int8{1, -1, 0}], m[[3]int8{1, 1, 0}])
	cp := slices.Clone(a[:])
	cp[0] = -9
	fmt.Println(a[0], cp[0], slices.Equal(a[:], cp))
	x := [3]int{1, 2, 3}
	y := x
	fmt.Println(x == y, &x != &y)
	type pair struct{ a, b [2]uint16 }
	ps := map[pair]int{}
	ps[pair{[2]uint16{1, 2}, [2]uint16{3, 4}}] = 5
	fmt.Println(ps[pair{[2]uint16{1, 2}, [2]uint16{3, 4}}], len(ps))
	var ip *[3]int
	defer func() { fmt.Println("recovered", recover()) }()
	fmt.Println(len(ip))
	ip[1] = 2
}
